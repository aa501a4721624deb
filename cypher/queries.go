package cypher

import (
	"embed"
	"io/fs"
	"strings"
)

// queryFiles holds the Cypher statements, one per file, so they can be read,
// reviewed and pasted into Neo4j Browser as they are.
//
//go:embed *.cypher
var queryFiles embed.FS

// statement is one embedded query file, read once when the package starts:
// a handle that the code runs by value, so a missing or misspelt file is a
// start-up panic rather than a failure on the first request that needs it.
type statement struct {
	name string // the file name without .cypher
	text string
}

// statements lists every handle made by load, in the order declared, so
// that the tests can check each against the embedded files and Neo4j.
var statements []statement

// load reads name.cypher into a handle.
func load(name string) statement {
	b, err := fs.ReadFile(queryFiles, name+".cypher")
	if err != nil {
		panic("cypher: no query file " + name + ".cypher")
	}
	s := statement{name: name, text: string(b)}
	statements = append(statements, s)
	return s
}

// The statements, one per file. Schema statements are in schema.go.
var (
	qReady          = load("ready")
	qEntityByKey    = load("entity_by_key")
	qPeople         = load("people")
	qUnits          = load("units")
	qEvents         = load("events")
	qLinksOut       = load("links_out")
	qLinksIn        = load("links_in")
	qReportingChain = load("reporting_chain")
	qLineage        = load("lineage")

	qSnapshotDocuments = load("snapshot_documents")
	qSnapshotPeople    = load("snapshot_people")
	qSnapshotUnits     = load("snapshot_units")
	qSnapshotLinks     = load("snapshot_links")

	qLoadLock              = load("load_lock")
	qLoadAcquire           = load("load_acquire")
	qLoadRenew             = load("load_renew")
	qLoadRelease           = load("load_release")
	qLoadSetDigest         = load("load_set_digest")
	qLoadSource            = load("load_source")
	qLoadSetSource         = load("load_set_source")
	qDeleteGeneration      = load("delete_generation")
	qDeleteLegacyKeys      = load("delete_legacy_keys")
	qDeleteGenerationLinks = load("delete_generation_links")
	qStageDocuments        = load("stage_documents")
	qStagePeople           = load("stage_people")
	qStageUnits            = load("stage_units")
	qStageEvents           = load("stage_events")
	qSwitchRetire          = load("switch_retire")
	qSwitchPromote         = load("switch_promote")

	qStageReportsTo      = load("stage_reports_to")
	qStageHeads          = load("stage_heads")
	qStagePartOf         = load("stage_part_of")
	qStageMergedInto     = load("stage_merged_into")
	qStageSplitFrom      = load("stage_split_from")
	qStageRenamedTo      = load("stage_renamed_to")
	qStageInvolvesUnit   = load("stage_involves_unit")
	qStageInvolvesPerson = load("stage_involves_person")
	qStageCitedIn        = load("stage_cited_in")
)

// queryNames lists the embedded query files without their extension.
func queryNames() []string {
	entries, _ := fs.ReadDir(queryFiles, ".")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".cypher"))
	}
	return names
}
