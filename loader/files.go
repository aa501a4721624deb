package loader

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// Files is a dataset's files, found but not yet read: enough to tell from
// their bytes alone whether they are the files last loaded, before paying
// for parsing and validating them.
type Files struct {
	names []string // sorted: the order in which the dataset is read
	read  func(string) ([]byte, error)
}

func newFiles(names []string, read func(string) ([]byte, error)) Files {
	slices.Sort(names)
	return Files{names: names, read: read}
}

// Check reads, parses and validates the files: the dataset and its
// warnings, or Problems.
func (f Files) Check() (*org.Dataset, Problems, error) { return parse(f.names, f.read) }

// Digest is a SHA-256 over the files' bytes, in the order the dataset is
// read, each length-prefixed so that no two file sets hash alike. It leaves
// the names out: the same files moved elsewhere hold the same dataset.
// Reading the files is all it costs, a small part of parsing them.
func (f Files) Digest() (string, error) {
	h := sha256.New()
	var n [binary.MaxVarintLen64]byte
	h.Write(n[:binary.PutUvarint(n[:], uint64(len(f.names)))])
	for _, name := range f.names {
		b, err := f.read(name)
		if err != nil {
			return "", org.Wrap(err, org.Invalid, "cannot read "+name)
		}
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(b)))])
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
