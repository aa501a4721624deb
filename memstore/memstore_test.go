package memstore_test

import (
	"testing"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(_ testing.TB, ds *org.Dataset) org.Store { return memstore.New(ds) })
}
