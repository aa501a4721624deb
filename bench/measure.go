package main

import (
	"context"
	"fmt"
	"log"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// cell is one system's measurements for one question at one concurrency.
type cell struct {
	Requests  int
	Errors    int
	FirstErr  string
	Busy      time.Duration // wall time of this system's slices
	latencies []time.Duration
}

func (c *cell) Throughput() float64 {
	if c.Busy <= 0 {
		return 0
	}
	return float64(c.Requests) / c.Busy.Seconds()
}

func (c *cell) Percentile(p float64) time.Duration {
	if len(c.latencies) == 0 {
		return 0
	}
	i := int(p * float64(len(c.latencies)-1))
	return c.latencies[i]
}

// interleave measures every system that can express q at concurrency conc,
// taking turns in short slices until each has had cfg.duration, so machine
// noise hits all of them alike. Each system walks the same entity sequence.
func interleave(ctx context.Context, cfg config, systems []system, q question, items []item, conc int) map[string]*cell {
	cells := map[string]*cell{}
	next := map[string]*atomic.Int64{}
	var active []system
	for _, s := range systems {
		if s.Can(q) {
			active = append(active, s)
			cells[s.Name()] = &cell{}
			next[s.Name()] = &atomic.Int64{}
		}
	}
	if len(items) == 0 {
		return cells
	}
	// One unmeasured slice each first: connections, JIT, caches.
	for _, s := range active {
		slice(ctx, s, q, items, conc, cfg.slice, &atomic.Int64{}, &cell{})
	}
	for rounds := 0; time.Duration(rounds)*cfg.slice < cfg.duration && ctx.Err() == nil; rounds++ {
		for _, s := range active {
			slice(ctx, s, q, items, conc, cfg.slice, next[s.Name()], cells[s.Name()])
		}
	}
	for _, c := range cells {
		slices.Sort(c.latencies)
	}
	return cells
}

// slice runs conc workers against s for d, each taking the next entity.
func slice(ctx context.Context, s system, q question, items []item, conc int, d time.Duration, next *atomic.Int64, c *cell) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	t0 := time.Now()
	deadline := t0.Add(d)
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			errs, firstErr := 0, ""
			for time.Now().Before(deadline) && ctx.Err() == nil {
				it := items[int(next.Add(1)-1)%len(items)]
				start := time.Now()
				_, err := s.Ask(ctx, q, it)
				lat = append(lat, time.Since(start))
				if err != nil {
					errs++
					if firstErr == "" {
						firstErr = fmt.Sprintf("%s %q: %v", q.Key, it.Name, err)
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			c.latencies = append(c.latencies, lat...)
			c.Requests += len(lat)
			c.Errors += errs
			if c.FirstErr == "" {
				c.FirstErr = firstErr
			}
		}()
	}
	wg.Wait()
	c.Busy += time.Since(t0)
}

// agreement is the sanity check of one question: on how many sampled
// entities each system's answer size equals orgraph-memory's.
type agreement struct {
	Sample int
	Agree  map[string]int
	First  map[string]string // the first disagreement, for the report
}

// checkAnswers asks every system about the first n entities and compares
// the sizes of their answers with orgraph-memory's.
func checkAnswers(ctx context.Context, systems []system, q question, items []item, n int) agreement {
	a := agreement{Agree: map[string]int{}, First: map[string]string{}}
	var ref system
	for _, s := range systems {
		if s.Name() == sysMemory {
			ref = s
		}
	}
	for _, it := range items[:min(n, len(items))] {
		want, err := ref.Ask(ctx, q, it)
		if err != nil {
			log.Printf("check %s %q on %s: %v", q.Key, it.Name, sysMemory, err)
			continue
		}
		a.Sample++
		for _, s := range systems {
			if !s.Can(q) || s == ref {
				continue
			}
			got, err := s.Ask(ctx, q, it)
			switch {
			case err == nil && got == want:
				a.Agree[s.Name()]++
			case a.First[s.Name()] == "":
				a.First[s.Name()] = fmt.Sprintf("%q: got %d, orgraph-memory %d (err %v)", it.Name, got, want, err)
			}
		}
	}
	return a
}
