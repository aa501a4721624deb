package graph

import (
	"context"
	"fmt"
	"sync"

	"github.com/orgraph/orgraph/org"
)

// memo fetches each key at most once per request and shares the answer,
// errors included. It never waits for more keys to arrive: whoever asks
// first for a set of keys fetches all the missing ones in one batch, and
// anyone asking for a key in flight waits for that batch only.
//
// A direct memo keeps nothing: it fetches whatever it is asked, when it is
// asked. That is for a store that answers from memory (see inMemory),
// where the map, lock and channel of each answer cost more than asking
// again.
type memo[K comparable, V any] struct {
	fetch  func(context.Context, []K) ([]V, []error)
	direct bool
	mu     sync.Mutex
	m      map[K]*answer[V]
}

// answer is one key's value or error, ready once done is closed; the keys
// of one batch share their done channel.
type answer[V any] struct {
	done chan struct{}
	v    V
	err  error
}

// ready is a closed channel, for answers known from the start.
var ready = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

func newMemo[K comparable, V any](direct bool, fetch func(context.Context, []K) ([]V, []error)) *memo[K, V] {
	if direct {
		return &memo[K, V]{fetch: fetch, direct: true}
	}
	return &memo[K, V]{fetch: fetch, m: map[K]*answer[V]{}}
}

// loadMany answers every key, fetching the ones nobody asked for yet in one
// call to fetch; errs[i] is the error for keys[i].
func (c *memo[K, V]) loadMany(ctx context.Context, keys []K) (vs []V, errs []error) {
	if c.direct {
		return c.fetch(ctx, keys)
	}
	answers := make([]*answer[V], len(keys))
	var missing []K
	var mine []*answer[V]
	var done chan struct{}
	c.mu.Lock()
	for i, k := range keys {
		a, ok := c.m[k]
		if !ok {
			if done == nil {
				done = make(chan struct{})
			}
			a = &answer[V]{done: done}
			c.m[k] = a
			missing = append(missing, k)
			mine = append(mine, a)
		}
		answers[i] = a
	}
	c.mu.Unlock()
	if len(missing) > 0 {
		c.resolve(ctx, missing, mine, done)
	}
	vs, errs = make([]V, len(keys)), make([]error, len(keys))
	for i, a := range answers {
		<-a.done
		vs[i], errs[i] = a.v, a.err
	}
	return vs, errs
}

// resolve fetches keys and publishes the answers; a panic in fetch becomes
// every key's error, so that nobody waits forever for a batch that died.
func (c *memo[K, V]) resolve(ctx context.Context, keys []K, answers []*answer[V], done chan struct{}) {
	defer func() {
		if p := recover(); p != nil {
			for _, a := range answers {
				a.err = org.Wrap(fmt.Errorf("panic: %v", p), org.Internal, "internal error")
			}
		}
		close(done)
	}()
	vs, errs := c.fetch(ctx, keys)
	for i, a := range answers {
		a.v, a.err = vs[i], errs[i]
	}
}

// load answers one key.
func (c *memo[K, V]) load(ctx context.Context, k K) (V, error) {
	if c.direct {
		vs, errs := c.fetch(ctx, []K{k})
		return vs[0], errs[0]
	}
	c.mu.Lock()
	a, ok := c.m[k]
	c.mu.Unlock()
	if ok { // the planner's usual case: no batch to make
		<-a.done
		return a.v, a.err
	}
	vs, errs := c.loadMany(ctx, []K{k})
	return vs[0], errs[0]
}

// loadAll answers keys in order, or the first key's error that failed.
func (c *memo[K, V]) loadAll(ctx context.Context, keys []K) ([]V, error) {
	vs, errs := c.loadMany(ctx, keys)
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return vs, nil
}

// prime records a value already known, such as a node found by name.
func (c *memo[K, V]) prime(k K, v V) {
	if c.direct {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; !ok {
		c.m[k] = &answer[V]{done: ready, v: v}
	}
}
