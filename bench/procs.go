package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// procs owns every process the bench starts, so that all of them are
// stopped on the way out, after a failure or Ctrl-C too.
type procs struct {
	cfg     config
	mu      sync.Mutex
	running map[*exec.Cmd]string
	done    map[*exec.Cmd]chan struct{} // closed when a background server's Wait returns
	neo4j   bool                        // the bench's Neo4j may be running
}

func newProcs(cfg config) *procs {
	return &procs{cfg: cfg, running: map[*exec.Cmd]string{}, done: map[*exec.Cmd]chan struct{}{}}
}

// timing is what one finished command cost.
type timing struct {
	Wall   time.Duration
	MaxRSS int64 // bytes
	Err    string
	Own    time.Duration // the duration the tool itself reports, when it does
	out    string        // the end of its output, for tools that report their own timings
}

// timed runs a command to completion, measuring its wall time and peak RSS.
// The peak is the child's VmHWM, polled while it runs, not getrusage's
// ru_maxrss: Go starts children with CLONE_VM, and Linux folds the memory
// the child shared with the bench until it exec'd, the bench's own RSS, into
// ru_maxrss, so every child would report at least the bench's size (at 100k
// people several GB for a load that peaks at 1.8 GB under /usr/bin/time).
func (p *procs) timed(ctx context.Context, name string, cmd *exec.Cmd) timing {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	log.Printf("%s: %s", name, strings.Join(cmd.Args, " "))
	t0 := time.Now()
	err := cmd.Start()
	var peak int64
	if err == nil {
		p.track(cmd, name)
		stop := pollPeak(cmd.Process.Pid, &peak)
		err = waitCtx(ctx, cmd)
		stop()
		p.untrack(cmd)
	}
	t := timing{Wall: time.Since(t0), out: tail(stderr.String(), 4000), MaxRSS: peak}
	if err != nil {
		t.Err = fmt.Sprintf("%v: %s", err, tail(stderr.String(), 600))
		log.Printf("%s failed after %v: %s", name, t.Wall.Round(time.Millisecond), t.Err)
	} else {
		log.Printf("%s: %v, peak RSS %s", name, t.Wall.Round(time.Millisecond), mib(t.MaxRSS))
	}
	return t
}

// waitCtx waits for cmd, killing its process group if ctx ends first.
func waitCtx(ctx context.Context, cmd *exec.Cmd) error {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		return ctx.Err()
	}
}

// start runs a server in the background, its output in work/logs/name.log.
func (p *procs) start(name string, cmd *exec.Cmd) (*exec.Cmd, error) {
	dir := filepath.Join(p.cfg.work, "logs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(dir, name+".log"))
	if err != nil {
		return nil, err
	}
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	p.track(cmd, name)
	done := make(chan struct{})
	p.mu.Lock()
	p.done[cmd] = done
	p.mu.Unlock()
	go func() { _ = cmd.Wait(); f.Close(); close(done) }()
	return cmd, nil
}

// stop ends one background server: SIGTERM to its process group, then
// SIGKILL if it has not gone within ten seconds.
func (p *procs) stop(cmd *exec.Cmd) {
	if cmd == nil || cmd.Process == nil {
		return
	}
	pid := cmd.Process.Pid
	done := p.waited(cmd)
	if done == nil {
		// A timed command: its own waitCtx reaps it.
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		p.untrack(cmd)
		return
	}
	_ = syscall.Kill(-pid, syscall.SIGTERM)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		<-done
	}
	p.untrack(cmd)
}

// waited is closed once a background server has exited and been reaped.
func (p *procs) waited(cmd *exec.Cmd) <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.done[cmd]
}

// exited reports whether a background server has exited.
func (p *procs) exited(cmd *exec.Cmd) bool {
	select {
	case <-p.waited(cmd):
		return true
	default:
		return false
	}
}

func (p *procs) track(cmd *exec.Cmd, name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.running[cmd] = name
}

func (p *procs) untrack(cmd *exec.Cmd) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.running, cmd)
	delete(p.done, cmd)
}

// stopAll stops every server still running and the bench's Neo4j.
func (p *procs) stopAll() {
	p.mu.Lock()
	cmds := make([]*exec.Cmd, 0, len(p.running))
	for c := range p.running {
		cmds = append(cmds, c)
	}
	p.mu.Unlock()
	for _, c := range cmds {
		p.stop(c)
	}
	if p.neo4j {
		if out, err := p.neo4jScript(context.Background(), "stop"); err != nil {
			log.Printf("stopping Neo4j: %v: %s", err, out)
		}
		p.neo4j = false
	}
}

// neo4jScript runs scripts/neo4j.sh on the bench's own cache and ports.
func (p *procs) neo4jScript(ctx context.Context, verb string) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(p.cfg.repo, "scripts", "neo4j.sh"), verb)
	cmd.Env = append(os.Environ(),
		"ORGRAPH_CACHE="+p.cfg.cache,
		fmt.Sprintf("NEO4J_BOLT_PORT=%d", p.cfg.boltPort),
		fmt.Sprintf("NEO4J_HTTP_PORT=%d", p.cfg.httpPort),
		"NEO4J_PASSWORD="+p.cfg.password,
		// A busy machine starts Neo4j slowly; the script's default is 120 s.
		"NEO4J_START_TIMEOUT="+env("NEO4J_START_TIMEOUT", "600"))
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// rss is a running process's resident set size in bytes, from /proc.
func rss(pid int) int64 { return procStatus(pid, "VmRSS:") }

// pollPeak records in *peak the highest VmHWM (peak RSS since exec) of the
// running process pid, read every 20 ms until the returned stop is called;
// growth in a process's last 20 ms can be missed.
func pollPeak(pid int, peak *int64) (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			*peak = max(*peak, procStatus(pid, "VmHWM:"))
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}

// procStatus is a size field of /proc/pid/status in bytes; 0 when the
// process or the field is gone.
func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == field {
			var kb int64
			fmt.Sscan(f[1], &kb)
			return kb * 1024
		}
	}
	return 0
}

func tail(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		s = "…" + s[len(s)-n:]
	}
	return s
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
