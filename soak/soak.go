package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/server"
)

// request is one kind of request of the mix, with the answer it must get:
// wantCode "" means data and no errors; otherwise the first error's
// extensions.code, because limits must refuse those quickly and cleanly.
type request struct {
	name     string
	query    string
	wantCode string
}

// mix is what the clients send, in turn.
var mix = []request{
	{"person", `{ person(name: "Dai Shan") { name directReports(at: "2022-02") { person { name roles(at: "2022-02") { title unit { name } } } sources { document } } } }`, ""},
	{"unit", `{ unit(name: "聚划算") { name mergedInto { target { name } date } lineage { kind unit { name } target { name } } } }`, ""},
	{"chain", `{ person(name: "Xuan De") { reportingChain(at: "2022-03") { name } } }`, ""},
	{"children", `{ unit(name: "Tmall") { children(at: "2018-06") { name heads(at: "2018-06") { person { name } title } } } }`, ""},
	{"search", `{ search(text: "Jiang Fna", first: 3) { name kind score } }`, ""},
	{"events", `{ events(from: "2017", to: "2019") { date title units { name } } }`, ""},
	{"too deep", "{" + strings.Repeat("a{", 20) + "a" + strings.Repeat("}", 21), server.LimitExceeded},
	{"too long a search", `{ search(text: "` + strings.Repeat("x", 5000) + `") { name } }`, string(org.Invalid)},
	{"bad date", `{ person(name: "Dai Shan") { roles(at: "2022-13") { title } } }`, string(org.Invalid)},
}

// result sums up one soak.
type result struct {
	requests, unexpected  int
	answered              map[string]int // requests answered, by request name
	firstUnexpected       string
	p50, p99, max         time.Duration
	heapBefore, heapAfter uint64
	goroutinesBefore      int
	goroutinesAfter       int
}

func (r result) String() string {
	s := fmt.Sprintf("%d requests, %d unexpected answers; latency p50 %v, p99 %v, max %v; heap %.1f MB -> %.1f MB; goroutines %d -> %d",
		r.requests, r.unexpected, r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond), r.max.Round(10*time.Microsecond),
		float64(r.heapBefore)/1e6, float64(r.heapAfter)/1e6, r.goroutinesBefore, r.goroutinesAfter)
	if r.firstUnexpected != "" {
		s += "; first unexpected: " + r.firstUnexpected
	}
	return s
}

// clean is false on any unexpected answer or when goroutines or the heap
// grew beyond what a few idle connections and caches explain.
func (r result) clean() bool {
	return r.requests > 0 && r.unexpected == 0 && r.goroutinesAfter <= r.goroutinesBefore+10 && r.heapAfter < r.heapBefore+64<<20
}

// soak serves store on a loopback port and runs clients against it.
func soak(ctx context.Context, store org.Store, clients int, d time.Duration) result {
	r := result{answered: map[string]int{}}
	r.heapBefore, r.goroutinesBefore = settle()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return result{firstUnexpected: err.Error(), unexpected: 1}
	}
	srv := server.NewHTTPServer(server.New(store, quiet), server.Limits{})
	go srv.Serve(ln)
	url := "http://" + ln.Addr().String() + "/graphql"
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var mu sync.Mutex
	var latencies []time.Duration
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			answered := map[string]int{}
			for i := c; ctx.Err() == nil; i++ {
				req := mix[i%len(mix)]
				start := time.Now()
				problem := send(ctx, client, url, req)
				if ctx.Err() != nil {
					break // the soak ended mid-request
				}
				mine = append(mine, time.Since(start))
				answered[req.name]++
				if problem != "" {
					mu.Lock()
					r.unexpected++
					if r.firstUnexpected == "" {
						r.firstUnexpected = req.name + ": " + problem
					}
					mu.Unlock()
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			for name, n := range answered {
				r.answered[name] += n
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	tr.CloseIdleConnections()
	srv.Shutdown(context.Background())

	slices.Sort(latencies)
	r.requests = len(latencies)
	if n := len(latencies); n > 0 {
		r.p50, r.p99, r.max = latencies[n/2], latencies[n*99/100], latencies[n-1]
	}
	r.heapAfter, r.goroutinesAfter = settle()
	return r
}

// send runs one request and says what was wrong with its answer, if anything.
func send(ctx context.Context, client *http.Client, url string, req request) string {
	body, _ := json.Marshal(map[string]string{"query": req.query})
	hr, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	hr.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(hr)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err.Error()
	}
	var a struct {
		Data   map[string]any `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Sprintf("status %d, not JSON", resp.StatusCode)
	}
	switch {
	case req.wantCode == "" && len(a.Errors) > 0:
		return fmt.Sprintf("status %d, %s: %s", resp.StatusCode, a.Errors[0].Extensions["code"], a.Errors[0].Message)
	case req.wantCode == "" && (resp.StatusCode != 200 || a.Data == nil):
		return fmt.Sprintf("status %d, no data", resp.StatusCode)
	case req.wantCode != "" && (len(a.Errors) == 0 || a.Errors[0].Extensions["code"] != req.wantCode):
		return fmt.Sprintf("status %d, want error code %s", resp.StatusCode, req.wantCode)
	}
	return ""
}

// settle lets finished goroutines exit and collects garbage, then reads
// the live heap and the goroutine count.
func settle() (heap uint64, goroutines int) {
	for range 5 {
		runtime.GC()
		time.Sleep(100 * time.Millisecond)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc, runtime.NumGoroutine()
}
