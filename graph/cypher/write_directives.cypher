// What each article says of a directive stays on its MENTIONS; the node's properties are derived from them.
UNWIND $rows AS row
// The article first: a row that went on after a MERGE but stopped at a later MATCH would be
// left out of the counts below.
MATCH (a:Article {id: row.article})
MERGE (d:Directive {key: row.key})
ON CREATE SET d.code = row.code, d.year = row.year
MERGE (a)-[m:MENTIONS]->(d)
SET m.evidence = row.evidence,
    m.code = row.code,
    m.type = row.type,
    m.number = row.number,
    m.issuer_code = row.issuer_code,
    m.issuer = row.issuer,
    m.issuer_key = row.issuer_key,
    m.date = row.date,
    m.start = date(row.start),
    m.end = date(row.end),
    m.year_inferred = row.year_inferred
RETURN count(d) AS nodes, count(m) AS relationships
