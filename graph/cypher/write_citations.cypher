UNWIND $rows AS row
MATCH (c:Congress {key: row.congress})
MATCH (d:Directive {key: row.directive})
CREATE (c)-[r:CITES]->(d)
SET r.relation = row.relation, r.evidence = row.evidence, r.article = row.article
RETURN 0 AS nodes, count(r) AS relationships
