package main

import (
	"os/exec"
	"testing"
)

// TestPollPeakIsTheChilds: a small child of a large parent reports its own
// peak RSS, not the parent's, which getrusage's ru_maxrss would fold in.
func TestPollPeakIsTheChilds(t *testing.T) {
	big := make([]byte, 512<<20)
	for i := range big {
		big[i] = 1 // resident, so the parent's RSS is over 512 MiB
	}
	cmd := exec.Command("sleep", "0.2")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var peak int64
	stop := pollPeak(cmd.Process.Pid, &peak)
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	stop()
	if peak <= 0 || peak > 64<<20 {
		t.Errorf("sleep's peak RSS = %d bytes, want above 0 and under 64 MiB (the parent holds %d MiB)", peak, len(big)>>20)
	}
}
