package cypher

import (
	"context"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/search"
)

// Search's statements.
var (
	qSearchDigest  = load("search_digest")
	qSearchEntries = load("search_entries")
)

// searchCache is the search index the Store answers Search from, built
// from Neo4j and tagged with the digest of the dataset it was built from.
// Neo4j cannot rank like org.Score (Lucene scores differently), and
// fetching candidates gram by gram costs hundreds of thousands of
// database hits at 100k people; one read of every name, kept until the
// next load, makes a search one tiny statement plus Go.
type searchCache struct {
	mu       sync.Mutex
	digest   string
	index    *search.Index
	building *searchBuild   // the one build under way, nil when none
	builds   sync.WaitGroup // every build goroutine, which Close waits for
	stop     context.CancelFunc
	base     context.Context // the builds' context, cancelled by Close
}

// searchBuild is one (re)build of the index. It runs apart from the search
// that started it, so that a build longer than one request's deadline
// still finishes, and every search that needs it waits for the same one.
type searchBuild struct {
	done   chan struct{} // closed when index, digest and err are set
	index  *search.Index
	digest string
	err    error
}

// buildTimeout bounds a build, which no request's deadline does.
const buildTimeout = 5 * time.Minute

// newSearchCache returns an empty cache: the first search builds it.
func newSearchCache() *searchCache {
	base, stop := context.WithCancel(context.Background())
	return &searchCache{base: base, stop: stop}
}

// Close stops a search index build under way and waits for it, so that
// the caller may close the driver: a build still reading Neo4j would use
// it after that. Searches after Close fail.
func (s *Store) Close() {
	s.search.stop()
	s.search.builds.Wait()
}

// Search ranks the people and units known at knownAt by how well a name or
// alias matches text, best first, at most first of them, exactly as the
// in-memory store does (package search). It reads the loaded dataset's
// digest, rebuilds the index first when a load changed it since, then
// answers in Go.
//
// While the digest is on its way it already searches the index it has:
// the answer stands when the digest is that index's, so a search costs
// the longer of the two rather than both.
func (s *Store) Search(ctx context.Context, text string, first int, knownAt org.Date) ([]org.SearchHit, error) {
	if org.Normalize(text) == "" || first <= 0 {
		return []org.SearchHit{}, nil
	}
	c := s.search
	c.mu.Lock()
	cached, cachedDigest := c.index, c.digest
	c.mu.Unlock()
	if cached == nil {
		return s.searchAfterDigest(ctx, text, first, knownAt)
	}
	type read struct {
		digest string
		err    error
	}
	digest := make(chan read, 1)
	go func() {
		d, err := s.searchDigest(ctx)
		digest <- read{d, err}
	}()
	hits, err := cached.Search(ctx, text, first, knownAt)
	r := <-digest
	switch {
	case r.err != nil:
		return nil, r.err
	case r.digest == cachedDigest:
		return hits, err
	}
	x, err := s.searchIndex(ctx, r.digest) // a load since: its index
	if err != nil {
		return nil, err
	}
	return x.Search(ctx, text, first, knownAt)
}

// searchAfterDigest is Search when no index is cached yet: the digest
// first, then the index built for it.
func (s *Store) searchAfterDigest(ctx context.Context, text string, first int, knownAt org.Date) ([]org.SearchHit, error) {
	digest, err := s.searchDigest(ctx)
	if err != nil {
		return nil, err
	}
	x, err := s.searchIndex(ctx, digest)
	if err != nil {
		return nil, err
	}
	return x.Search(ctx, text, first, knownAt)
}

// WarmSearch builds the search index of the loaded dataset now rather than
// at the first search, which would otherwise wait for it.
func (s *Store) WarmSearch(ctx context.Context) error {
	digest, err := s.searchDigest(ctx)
	if err != nil {
		return err
	}
	_, err = s.searchIndex(ctx, digest)
	return err
}

// searchIndex is the index of the dataset with digest, built if need be:
// by this search, or by the build under way, which it waits for. A build
// that was under way already may have read the data before the load that
// wrote digest committed: if it read another dataset, the search waits for
// a build that starts after it, and answers from that.
func (s *Store) searchIndex(ctx context.Context, digest string) (*search.Index, error) {
	c := s.search
	for joined := false; ; joined = true {
		c.mu.Lock()
		if c.index != nil && c.digest == digest {
			defer c.mu.Unlock()
			return c.index, nil
		}
		b, fresh := c.building, joined
		if b == nil {
			b, fresh = &searchBuild{done: make(chan struct{})}, true
			c.building = b
			// Not the search's context: the build outlives a search that
			// gives up, and only Close stops it.
			c.builds.Add(1)
			go s.runBuild(c.base, b)
		}
		c.mu.Unlock()
		select {
		case <-b.done:
		case <-ctx.Done():
			return nil, org.Wrap(ctx.Err(), org.Unavailable, "the request was cancelled or ran out of time")
		}
		// A fresh build read the data after digest: the dataset it found is
		// digest's, or a later load's, and either answers this search.
		if b.err != nil || b.digest == digest || fresh {
			return b.index, b.err
		}
	}
}

// runBuild builds b and, when it succeeds, caches it.
func (s *Store) runBuild(ctx context.Context, b *searchBuild) {
	defer s.search.builds.Done()
	ctx, cancel := context.WithTimeout(ctx, buildTimeout)
	defer cancel()
	b.index, b.digest, b.err = s.buildSearch(ctx)
	c := s.search
	c.mu.Lock()
	if b.err == nil {
		c.index, c.digest = b.index, b.digest
	}
	c.building = nil
	c.mu.Unlock()
	close(b.done)
}

// buildSearch reads every person and unit into a new index, and the digest
// of the dataset they belong to. Neo4j reads committed data statement by
// statement, so a load that commits during the read could mix two
// datasets: the digest is read before and after, and the read repeated
// until they agree.
func (s *Store) buildSearch(ctx context.Context) (*search.Index, string, error) {
	type read struct {
		entries []search.Entry
		digest  string
		stable  bool
	}
	for {
		r, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) (read, error) {
			before, err := digestIn(ctx, tx)
			if err != nil {
				return read{}, err
			}
			recs, err := run(ctx, tx, qSearchEntries, nil)
			if err != nil {
				return read{}, err
			}
			entries, err := decode(recs, func(r *row) search.Entry {
				return search.Entry{ID: r.str("id"), Name: r.str("name"), Kind: r.str("kind"), Keys: r.strs("keys"), Reported: r.day("reported")}
			})
			if err != nil {
				return read{}, err
			}
			after, err := digestIn(ctx, tx)
			return read{entries, after, before == after}, err
		})
		if err != nil {
			return nil, "", err
		}
		if r.stable {
			return search.New(r.entries), r.digest, nil
		}
	}
}

// searchDigest is the loaded dataset's digest, "" when none was loaded.
func (s *Store) searchDigest(ctx context.Context) (string, error) {
	return readTx(ctx, s, func(tx neo4j.ManagedTransaction) (string, error) { return digestIn(ctx, tx) })
}

func digestIn(ctx context.Context, tx neo4j.ManagedTransaction) (string, error) {
	recs, err := run(ctx, tx, qSearchDigest, nil)
	if err != nil || len(recs) == 0 {
		return "", err
	}
	r := row{rec: recs[0]}
	d := r.str("digest")
	return d, r.err
}
