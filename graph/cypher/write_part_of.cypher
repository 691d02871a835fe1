UNWIND $rows AS row
MATCH (child:Organization {key: row.child})
MATCH (parent:Organization {key: row.parent})
MERGE (child)-[r:PART_OF]->(parent)
RETURN 0 AS nodes, count(r) AS relationships
