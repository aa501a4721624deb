package cypher

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaDigest identifies the schema statements EnsureSchema runs, so that
// a load by a version of orgraph with other indexes never stops at Holds
// and runs EnsureSchema.
var schemaDigest = func() string {
	h := sha256.New()
	for _, q := range schema {
		h.Write([]byte(q.text))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}()

// sourceKey is what the meta node records for a load from files whose
// digest is source: the files, and the graph model and schema that this
// version writes them as. No source records nothing.
func sourceKey(source string) any {
	if source == "" {
		return nil
	}
	return digestVersion + ":" + schemaDigest + ":" + source
}

// Holds reports whether the last load wrote the dataset of files whose
// loader.Files digest is source, with this version's graph model and
// schema, in one read of the meta node. The switch records it in the
// transaction that makes that data visible, so the answer is the state
// of the database at the read.
func (s *Store) Holds(ctx context.Context, source string) (bool, error) {
	want := sourceKey(source)
	if want == nil {
		return false, nil
	}
	recs, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		return run(ctx, tx, qLoadSource, nil)
	})
	if err != nil || len(recs) == 0 {
		return false, err
	}
	got, _ := recs[0].Get("source")
	return got == want, nil
}
