// Package graph is orgraph's GraphQL API: the gqlgen schema, thin resolvers
// over org.Store, per-request dataloaders and the one error presenter.
package graph

//go:generate sh -c "cd .. && go run github.com/99designs/gqlgen generate"
//go:generate go run ./internal/inplace generated.go

import "github.com/orgraph/orgraph/org"

// Resolver holds the resolvers' dependencies; per-request state lives in the
// dataloaders that Middleware puts in each request's context.
type Resolver struct {
	Store org.Store
}
