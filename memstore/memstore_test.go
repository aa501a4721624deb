package memstore_test

import (
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
