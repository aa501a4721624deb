// Command orgraph validates org-history datasets, loads them into Neo4j and
// serves the GraphQL API and explorer over them. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

const usage = `orgraph: explore how an organisation's people and units changed over time.

usage:
  orgraph serve [--addr 127.0.0.1:8080] [--neo4j-uri URI ...] [PATH...]
  orgraph load [--dry-run] [--neo4j-uri URI ...] [PATH...]
  orgraph validate [--strict] [PATH...]
  orgraph export [--format json|csv|graphml] [--at DATE] [--out FILE] [PATH...]
  orgraph gen --people N [--seed S] --out DIR
  orgraph version
  orgraph help [COMMAND]

With no PATH the built-in dataset is used. Flags may come before or after
paths. Run "orgraph help COMMAND" for a command's flags and examples.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop) // a second Ctrl-C then kills at once
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	commands := map[string]func(context.Context, []string, io.Writer, io.Writer) error{
		"serve": serve, "load": load, "validate": validate, "gen": gen, "export": export, "version": version,
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return help(ctx, args[1:], commands, stdout, stderr)
	case "--version":
		args[0] = "version"
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "orgraph: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch err := cmd(ctx, args[1:], stdout, stderr); {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case err != nil:
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// errUsage means the flag package has already explained a usage mistake.
var errUsage = errors.New("usage")

// newFlags makes a command's flag set; parse errors print once, via flag.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("orgraph "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := refusePasswordFlag(args); err != nil {
		fmt.Fprintln(fs.Output(), err)
		return errUsage
	}
	withExamples(fs)
	if err := parseInterspersed(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// env reads a setting from the environment with a default.
func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l})), nil
}
