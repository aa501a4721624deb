package memstore_test

import (
	"reflect"
	"testing"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
	"github.com/orgraph/orgraph/storetest/questions"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(_ testing.TB, ds *org.Dataset) org.Store { return memstore.New(ds) }, questions.Seeds(t))
}

func TestQuestions(t *testing.T) {
	questions.RunStore(t, memstore.New(questions.Seeds(t)))
}

// TestNewLeavesDatasetAlone checks that indexing, which copies and compacts
// the dataset, leaves the caller's copy as a fresh parse of the same files.
func TestNewLeavesDatasetAlone(t *testing.T) {
	ds, want := questions.Seeds(t), questions.Seeds(t)
	memstore.New(ds)
	if !reflect.DeepEqual(ds, want) {
		t.Error("got a dataset changed by New, want it as parsed")
	}
}
