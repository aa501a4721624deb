// Replace: deletes every relationship orgraph writes between :Orgraph
// nodes; Replace creates the dataset's afresh.
// Params:  none.
// Columns: none.
MATCH (:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO|INVOLVES]->(:Orgraph)
DELETE r
