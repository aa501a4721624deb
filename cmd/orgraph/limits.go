package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/orgraph/orgraph/server"
)

// limitFlags are serve's request limits: each flag defaults to its ORGRAPH_*
// environment variable, and that to server.DefaultLimits. Bad values, from
// either place, are reported by limits after parsing.
type limitFlags struct {
	l             server.Limits
	body          int
	introspection bool
	ints          map[string]*int
	durations     map[string]*time.Duration
	errs          []error
}

func newLimitFlags(fs *flag.FlagSet) *limitFlags {
	d := server.DefaultLimits()
	f := &limitFlags{l: d, body: int(d.BodyBytes), introspection: true, ints: map[string]*int{}, durations: map[string]*time.Duration{}}
	l := &f.l
	f.int(fs, &f.body, "max-body", "ORGRAPH_MAX_BODY", "request body bytes; larger bodies get 413")
	f.int(fs, &l.Tokens, "max-tokens", "ORGRAPH_MAX_TOKENS", "tokens in a GraphQL document")
	f.int(fs, &l.Depth, "max-depth", "ORGRAPH_MAX_DEPTH", "selection-set nesting, through fragments")
	f.int(fs, &l.Nodes, "max-fields", "ORGRAPH_MAX_FIELDS", "fields in a document once its fragments are expanded")
	f.int(fs, &l.Aliases, "max-aliases", "ORGRAPH_MAX_ALIASES", "aliases in a document")
	f.int(fs, &l.Operations, "max-operations", "ORGRAPH_MAX_OPERATIONS", "operations in a document")
	f.int(fs, &l.RepeatedFields, "max-repeats", "ORGRAPH_MAX_REPEATS", "times one response name may appear in a selection set")
	f.int(fs, &l.Complexity, "max-complexity", "ORGRAPH_MAX_COMPLEXITY", "estimated objects an operation may return")
	f.int(fs, &l.ListFanOut, "list-fanout", "ORGRAPH_LIST_FANOUT", "items a list without a first argument counts as, for the complexity")
	f.int(fs, &l.TextRunes, "max-text", "ORGRAPH_MAX_TEXT", "characters in a String argument such as search text")
	f.duration(fs, &l.Timeout, "request-timeout", "ORGRAPH_REQUEST_TIMEOUT", "deadline of a GraphQL request, store calls included")
	f.duration(fs, &l.ReadHeaderTimeout, "read-header-timeout", "ORGRAPH_READ_HEADER_TIMEOUT", "time a client has to send its request headers")
	f.duration(fs, &l.ReadTimeout, "read-timeout", "ORGRAPH_READ_TIMEOUT", "time a client has to send its whole request")
	f.duration(fs, &l.WriteTimeout, "write-timeout", "ORGRAPH_WRITE_TIMEOUT", "time to send an answer")
	f.duration(fs, &l.IdleTimeout, "idle-timeout", "ORGRAPH_IDLE_TIMEOUT", "how long an idle keep-alive connection stays open")
	if v := os.Getenv("ORGRAPH_INTROSPECTION"); v != "" {
		b, err := strconv.ParseBool(v)
		f.note(err, "ORGRAPH_INTROSPECTION", v, "true or false")
		f.introspection = b || err != nil
	}
	fs.BoolVar(&f.introspection, "introspection", f.introspection, "answer GraphQL introspection, which the Playground needs (env ORGRAPH_INTROSPECTION)")
	return f
}

func (f *limitFlags) note(err error, key, v, want string) {
	if err != nil {
		f.errs = append(f.errs, fmt.Errorf("%s=%q: want %s", key, v, want))
	}
}

func (f *limitFlags) int(fs *flag.FlagSet, p *int, name, key, usage string) {
	if v := os.Getenv(key); v != "" {
		n, err := strconv.Atoi(v)
		f.note(err, key, v, "a whole number")
		if err == nil {
			*p = n
		}
	}
	f.ints[name] = p
	fs.IntVar(p, name, *p, usage+" (env "+key+")")
}

func (f *limitFlags) duration(fs *flag.FlagSet, p *time.Duration, name, key, usage string) {
	if v := os.Getenv(key); v != "" {
		d, err := time.ParseDuration(v)
		f.note(err, key, v, "a duration such as 15s")
		if err == nil {
			*p = d
		}
	}
	f.durations[name] = p
	fs.DurationVar(p, name, *p, usage+" (env "+key+")")
}

// limits returns the parsed limits, or every bad value at once.
func (f *limitFlags) limits() (server.Limits, error) {
	errs := f.errs
	for name, p := range f.ints {
		if *p <= 0 {
			errs = append(errs, fmt.Errorf("--%s %d: want a positive number", name, *p))
		}
	}
	for name, p := range f.durations {
		if *p <= 0 {
			errs = append(errs, fmt.Errorf("--%s %v: want a positive duration", name, *p))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return server.Limits{}, err
	}
	l := f.l
	l.BodyBytes = int64(f.body)
	l.NoIntrospection = !f.introspection
	return l, nil
}
