package cypher_test

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// TestConcurrentLoads runs two loads of different datasets at once, over
// and over, starting from the first dataset. Loads queue on the lock, so
// the database must end up holding exactly one of them: the one that ran
// second. If the first dataset's load reports "nothing to change", it ran
// first (nothing had changed yet), so the other one must have won; if it
// reports changes, it ran second and must have won.
func TestConcurrentLoads(t *testing.T) {
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	ctx := t.Context()
	seed := cyphertest.Seeds(t)
	other := storetest.Synthetic(300)
	for round := range 4 {
		t.Run(fmt.Sprint("round ", round), func(t *testing.T) {
			if _, err := loader.Sync(ctx, s, seed, false, io.Discard); err != nil {
				t.Fatal(err)
			}
			var (
				wg                sync.WaitGroup
				seedChanges       []loader.Change
				seedErr, otherErr error
			)
			wg.Go(func() { seedChanges, seedErr = loader.Sync(ctx, s, seed, false, io.Discard) })
			wg.Go(func() { _, otherErr = loader.Sync(ctx, s, other, false, io.Discard) })
			wg.Wait()
			if seedErr != nil || otherErr != nil {
				t.Fatalf("loads failed: %v; %v", seedErr, otherErr)
			}
			want, wantName := other, "the synthetic dataset (the seeds' load found nothing to change, so it ran first)"
			if len(seedChanges) > 0 {
				want, wantName = seed, "the seeds (their load found changes, so it ran second)"
			}
			got, err := s.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if diff := loader.Diff(got, want); len(diff) != 0 {
				t.Errorf("after concurrent loads the database differs from %s in %d facts, e.g. %v", wantName, len(diff), diff[0])
			}
		})
	}
}

// TestLoadWaitsForTheLock holds the load lock in a transaction that plays
// another load (it changes the data and the stored digest), starts a load
// of the seeds meanwhile, and commits two seconds later. The load must wait
// for the lock and diff what the other transaction committed: it reports
// the deleted person and links as creations and restores the seeds, rather than
// reporting "nothing to change" from data read before the commit.
func TestLoadWaitsForTheLock(t *testing.T) {
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	ctx := t.Context()
	seed := cyphertest.Seeds(t)
	if _, err := loader.Sync(ctx, s, seed, false, io.Discard); err != nil {
		t.Fatal(err)
	}
	victim := seed.People[0].ID
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer sess.Close(ctx)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close(ctx)
	for _, q := range []string{
		`MERGE (m:OrgraphMeta {id: 'orgraph'}) SET m.digest = 'another load'`,
		`MATCH (n:Person:Orgraph {id: $id}) DETACH DELETE n`,
	} {
		if _, err := tx.Run(ctx, q, map[string]any{"id": victim}); err != nil {
			t.Fatal(err)
		}
	}
	var (
		wg      sync.WaitGroup
		changes []loader.Change
		loadErr error
	)
	wg.Go(func() { changes, loadErr = loader.Sync(ctx, s, seed, false, io.Discard) })
	time.Sleep(2 * time.Second) // let the load reach the lock; it passes either way
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	// What the other transaction left: the seeds without the victim and,
	// as DETACH DELETE removes them too, without the victim's links.
	left := *seed
	left.People = slices.DeleteFunc(slices.Clone(seed.People), func(p org.Person) bool { return p.ID == victim })
	left.Links = slices.DeleteFunc(slices.Clone(seed.Links), func(l org.Link) bool { return l.From == victim || l.To == victim })
	want := loader.Diff(&left, seed)
	if len(want) == 0 || !reflect.DeepEqual(changes, want) {
		t.Errorf("load behind the lock reported %v, want %v", changes, want)
	}
	got, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := loader.Diff(got, seed); len(diff) != 0 {
		t.Errorf("after the load the database differs from the seeds: %v", diff)
	}
}

// TestLoadOverAnEarlierVersion writes data as orgraph before version 2 did
// (no :Orgraph<Kind> labels, relationships with only sourceDocs and
// sourceNotes) and checks that a load succeeds rather than failing to read
// it back, and sets it aside as :OrgraphLegacy.
func TestLoadOverAnEarlierVersion(t *testing.T) {
	s, count := emptied(t)
	ctx := t.Context()
	count(`CREATE (:Person:Orgraph {id: 'zhang-yong', name: 'Old'})
	  -[:REPORTS_TO {sourceDocs: ['d'], sourceNotes: ['old'], firstDay: 0, lastDay: 99999999}]->
	  (:Person:Orgraph {id: 'gone', name: 'Gone'})`)
	seed := cyphertest.Seeds(t)
	if _, err := loader.Sync(ctx, s, seed, false, io.Discard); err != nil {
		t.Fatalf("load over an earlier version's data: %v", err)
	}
	got, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := loader.Diff(got, seed); len(diff) != 0 {
		t.Errorf("after the load the database differs from the seeds: %v", diff)
	}
	if n := count(`MATCH (n:Orgraph) WHERE NOT (n:OrgraphPerson OR n:OrgraphUnit OR n:OrgraphDocument OR n:OrgraphEvent) RETURN count(n)`); n != 0 {
		t.Errorf("%d nodes of the earlier version remain in :Orgraph", n)
	}
	if n := count(`MATCH (n:OrgraphLegacy) RETURN count(n)`); n != 2 {
		t.Errorf("%d nodes set aside as :OrgraphLegacy, want the earlier version's 2", n)
	}
	count(`MATCH (n:OrgraphLegacy) DETACH DELETE n`)
}

// TestLoadOverGraphModelV5 writes a person as graph model v5 did, with one
// :OrgraphKey node per name and the two indexes on them, and checks that
// the schema and a load take them away and that the loaded people are
// found by any alias through orgraph_keys.
func TestLoadOverGraphModelV5(t *testing.T) {
	s, count := emptied(t)
	ctx := t.Context()
	count(`CREATE INDEX orgraph_key IF NOT EXISTS FOR (k:OrgraphKey) ON (k.key)`)
	count(`CREATE FULLTEXT INDEX orgraph_key_names IF NOT EXISTS FOR (k:OrgraphKey) ON EACH [k.names]`)
	count(`CREATE (p:Person:Orgraph:OrgraphPerson {id: 'old', name: 'Old', keys: ['old']})
	  CREATE (:OrgraphKey {key: 'old', names: ['Old']})-[:KEY_OF]->(p)`)
	if _, err := loader.Sync(ctx, s, cyphertest.Seeds(t), false, io.Discard); err != nil {
		t.Fatalf("load over graph model v5: %v", err)
	}
	if n := count(`MATCH (k:OrgraphKey) RETURN count(k)`); n != 0 {
		t.Errorf("%d :OrgraphKey nodes remain", n)
	}
	if n := count(`SHOW INDEXES YIELD name WHERE name IN ['orgraph_key', 'orgraph_key_names'] RETURN count(*)`); n != 0 {
		t.Errorf("%d of graph model v5's indexes remain", n)
	}
	for _, name := range []string{"Dai Shan", "戴珊", "daishan"} {
		p, err := s.PersonByName(ctx, name, org.Date{})
		if err != nil || p == nil || p.ID != "dai-shan" {
			t.Errorf("PersonByName(%q) = %v, %v; want dai-shan (seeds/people.yaml)", name, p, err)
		}
	}
}

// TestMissingKeyIndex drops the index that lookups by name need, as on a
// database that an earlier version loaded, and wants an error that says
// what to do, not an internal one; a load's EnsureSchema brings it back.
func TestMissingKeyIndex(t *testing.T) {
	s, db := cyphertest.Seeded(t)
	d, _ := cyphertest.Driver(t)
	counter(t, d, db)(`DROP INDEX orgraph_keys`)
	t.Cleanup(func() {
		if err := s.EnsureSchema(context.Background()); err != nil {
			t.Error(err)
		}
	})
	_, err := s.PersonByName(t.Context(), "Dai Shan", org.Date{})
	if org.ErrorCode(err) != org.Unavailable || !strings.Contains(org.ErrorMessage(err), "run orgraph load") {
		t.Errorf("PersonByName without orgraph_keys: %q (%s), want unavailable, saying to run orgraph load", org.ErrorMessage(err), org.ErrorCode(err))
	}
}

// TestLoadBetweenStages starts a second load while the first one is between
// two of its transactions (in its progress callback, after its first
// batch), and lets the first go on only when the second has finished or
// three seconds have passed. The lease must make the second wait for the
// first to finish: both succeed, the second finishes last, and the database
// holds exactly its dataset. Without the lease the second would delete the
// first's staging nodes and switch, and the first would then fail or
// promote a generation missing what it staged before the pause.
func TestLoadBetweenStages(t *testing.T) {
	s, _ := emptied(t)
	ctx := t.Context()
	first, second := storetest.Synthetic(300), storetest.Synthetic(40)
	var (
		once                 sync.Once
		wg                   sync.WaitGroup
		secondErr            error
		firstDone, secondEnd time.Time
	)
	secondDone := make(chan struct{})
	err := s.Replace(ctx, first, func(step string, _, _ int) {
		if step != "writing" {
			return
		}
		once.Do(func() {
			wg.Go(func() {
				defer close(secondDone)
				secondErr = s.Replace(ctx, second, nil)
				secondEnd = time.Now()
			})
			select {
			case <-secondDone:
			case <-time.After(3 * time.Second):
			}
		})
	})
	firstDone = time.Now()
	wg.Wait()
	if err != nil || secondErr != nil {
		t.Fatalf("loads failed: first %v; second %v", err, secondErr)
	}
	if secondEnd.Before(firstDone) {
		t.Errorf("the second load finished %v before the first, which held the lease", firstDone.Sub(secondEnd))
	}
	got, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := loader.Diff(got, second); len(diff) != 0 {
		t.Errorf("the database differs from the second load's dataset in %d facts, e.g. %v", len(diff), diff[0])
	}
}

// TestLoadTakenOver lets the first load's lease run out, as a load stalled
// for longer than the lease would, either between two of its staging
// batches or after staging everything, and runs a second load then, which
// takes the lease over, deletes the first's staging generation and
// switches to its own. The first must neither stage more nor switch to what
// is left of its generation: it must fail, saying that another load took
// over, and the database must hold the second dataset. A third load then
// checks that neither left the lock held.
func TestLoadTakenOver(t *testing.T) {
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	ctx := t.Context()
	first, second := storetest.Synthetic(300), storetest.Synthetic(40)
	nodes := len(first.Documents) + len(first.People) + len(first.Units) + len(first.Events)
	// expire ends whichever lease is held. It is repeated until the second
	// load has taken over, as the first's other writer may renew its lease
	// once more after the first expiry.
	expire := func() error {
		_, err := neo4j.ExecuteQuery(ctx, d, `MATCH (m:OrgraphMeta {id: 'orgraph'}) SET m.leaseUntil = datetime() - duration({seconds: 1})`,
			nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		return err
	}
	takeOver := func() error {
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			for expire() == nil {
				select {
				case <-stop:
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		})
		defer wg.Wait()
		defer close(stop)
		return s.Replace(ctx, second, nil)
	}
	for _, tt := range []struct {
		name string
		when func(step string, done, total int) bool
	}{
		// Once a batch of relationships is staged, so that the next batch
		// of them finds its ends deleted.
		{"between batches", func(step string, done, total int) bool { return step == "writing" && done > nodes }},
		{"after staging", func(step string, done, total int) bool { return step == "writing" && done == total }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.Replace(ctx, &org.Dataset{}, nil); err != nil {
				t.Fatal(err)
			}
			var (
				once      sync.Once
				secondErr error
			)
			err := s.Replace(ctx, first, func(step string, done, total int) {
				if tt.when(step, done, total) {
					once.Do(func() { secondErr = takeOver() })
				}
			})
			if secondErr != nil {
				t.Fatalf("the load that took over failed: %v", secondErr)
			}
			if org.ErrorCode(err) != org.Unavailable || !strings.Contains(org.ErrorMessage(err), "another load took the load lock over") {
				t.Errorf("the load whose lease was taken over returned %v, want unavailable: another load took the load lock over", err)
			}
			got, err := s.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if diff := loader.Diff(got, second); len(diff) != 0 {
				t.Errorf("the database differs from the second load's dataset in %d facts, e.g. %v", len(diff), diff[0])
			}
			lctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			if err := s.Replace(lctx, first, nil); err != nil {
				t.Fatalf("a load after the takeover: %v", err)
			}
		})
	}
}

// TestReadersSeeOneGeneration loads a dataset large enough to take several
// staging transactions over a smaller one while readers count people,
// units and reporting lines over and over. Every count must be the old
// dataset's or the new one's, as counted from the datasets themselves:
// never a partly written generation, nor both at once.
func TestReadersSeeOneGeneration(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 12,000 people")
	}
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	ctx := t.Context()
	old, next := storetest.Synthetic(500), storetest.Synthetic(12_000)
	if err := s.Replace(ctx, old, nil); err != nil {
		t.Fatal(err)
	}
	counts := func(ds *org.Dataset) [3]int64 {
		reports := 0
		for _, l := range ds.Links {
			if l.Rel == org.ReportsTo {
				reports++
			}
		}
		return [3]int64{int64(len(ds.People)), int64(len(ds.Units)), int64(reports)}
	}
	want := map[[3]int64]string{counts(old): "old", counts(next): "new"}
	queries := [3]string{
		`MATCH (n:OrgraphPerson) RETURN count(n)`,
		`MATCH (u:OrgraphUnit) RETURN count(u)`,
		`MATCH (:OrgraphPerson)-[r:REPORTS_TO]->() RETURN count(r)`,
	}
	stop := make(chan struct{})
	var (
		wg   sync.WaitGroup
		seen = map[string]int{}
		bad  []string
	)
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			// Each count alone: read-committed isolation lets two statements
			// of one transaction see different commits.
			for i, q := range queries {
				res, err := neo4j.ExecuteQuery(ctx, d, q, nil, neo4j.EagerResultTransformer,
					neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
				if err != nil {
					bad = append(bad, err.Error())
					return
				}
				n := res.Records[0].Values[0].(int64)
				matched := ""
				for c, name := range want {
					if c[i] == n {
						matched = name
					}
				}
				if matched == "" {
					bad = append(bad, fmt.Sprintf("%s = %d", q, n))
				}
				seen[matched]++
			}
		}
	})
	err := s.Replace(ctx, next, nil)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) > 0 {
		t.Errorf("readers saw %d counts of neither dataset during the load, e.g. %s (want %v)", len(bad), bad[0], want)
	}
	if seen["old"] == 0 {
		t.Errorf("readers saw only %v: they did not run during the load", seen)
	}
}

// counter runs a statement on the test database and returns the first
// column of its first row as an int64 (0 when there is none), for tests
// that write or count with Cypher directly. It uses context.Background(),
// not t.Context(), so that clean-ups, which run after that is cancelled,
// can use it too.
func counter(t *testing.T, d neo4j.DriverWithContext, db string) func(q string) int64 {
	return func(q string) int64 {
		t.Helper()
		res, err := neo4j.ExecuteQuery(context.Background(), d, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Records) == 0 {
			return 0
		}
		n, _ := res.Records[0].Values[0].(int64)
		return n
	}
}
