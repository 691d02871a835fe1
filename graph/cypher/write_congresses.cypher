UNWIND $rows AS row
// The body and the article first (this batch wrote both): a row that went on after a MERGE but
// stopped at a later MATCH would be left out of the counts below.
MATCH (o:Organization {key: row.org_key})
MATCH (a:Article {id: row.article})
MERGE (c:Congress {key: row.key})
ON CREATE SET c.organization = row.organization, c.ordinal = row.ordinal
MERGE (c)-[of:OF]->(o)
MERGE (a)-[m:MENTIONS]->(c)
SET m.evidence = row.evidence, m.term = row.term, m.name = row.name, m.name_ascii = row.name_ascii
RETURN count(c) AS nodes, count(of) + count(m) AS relationships
