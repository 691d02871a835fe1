// Links a committee to the party organisation it leads when both are in the graph, whichever came first.
UNWIND $rows AS row
MATCH (committee:Organization {key: row.committee})
MATCH (organisation:Organization {key: row.organisation})
MERGE (committee)-[r:EXECUTIVE_OF]->(organisation)
RETURN 0 AS nodes, count(r) AS relationships
