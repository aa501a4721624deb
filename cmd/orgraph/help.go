package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"
)

// help prints the overview, or one command's usage, to stdout: asked-for
// help is output, not an error.
func help(ctx context.Context, args []string, commands map[string]func(context.Context, []string, io.Writer, io.Writer) error, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "orgraph help: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err := cmd(ctx, []string{"-h"}, stdout, stdout); err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// examples are added to the -h text of commands whose usage has none.
var examples = map[string]string{
	"orgraph load": `
examples:
  orgraph load --dry-run                     # what loading the built-in dataset would change
  NEO4J_URI=neo4j://127.0.0.1:7687 orgraph load ./my-company/
  orgraph load ./my-company/ --neo4j-uri neo4j+s://xxxx.databases.neo4j.io --neo4j-password-file ./pw
`,
	"orgraph validate": `
examples:
  orgraph validate                           # the built-in dataset
  orgraph validate ./my-company/ extra.yaml  # every problem as file:line: message; exit 1 if any
  orgraph validate ./my-company/ --strict     # warnings fail too
`,
}

// withExamples makes fs's usage end with the command's examples, if any.
func withExamples(fs *flag.FlagSet) {
	ex, ok := examples[fs.Name()]
	if !ok {
		return
	}
	u := fs.Usage
	fs.Usage = func() {
		u()
		fmt.Fprint(fs.Output(), ex)
	}
}

// parseInterspersed parses flags wherever they sit among the positional
// arguments (`serve ./dir --addr X`), which the flag package alone stops
// at; after "--" everything is positional.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Leave the positional arguments where fs.Args finds them.
	return fs.Parse(append([]string{"--"}, pos...))
}

// version prints the module version and the VCS state it was built from,
// as the Go toolchain recorded them in the binary.
func version(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("version", stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: orgraph version\n\nPrints the module version, the VCS revision, its time and whether the tree\nhad uncommitted changes, as recorded at build time.")
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return fmt.Errorf("version: this binary carries no build information")
	}
	fmt.Fprint(stdout, describeBuild(info))
	return nil
}

// describeBuild renders build information one "key value" per line.
func describeBuild(info *debug.BuildInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "orgraph %s\n", info.Main.Version)
	fmt.Fprintf(&b, "module %s\n", info.Main.Path)
	fmt.Fprintf(&b, "go %s\n", info.GoVersion)
	keys := map[string]string{"vcs.revision": "revision", "vcs.time": "time", "vcs.modified": "modified"}
	for _, s := range info.Settings {
		if k, ok := keys[s.Key]; ok {
			fmt.Fprintf(&b, "%s %s\n", k, s.Value)
		}
	}
	if !slices.ContainsFunc(info.Settings, func(s debug.BuildSetting) bool { return s.Key == "vcs.revision" }) {
		b.WriteString("revision unknown (built without VCS information, e.g. by go run or go test)\n")
	}
	return b.String()
}
