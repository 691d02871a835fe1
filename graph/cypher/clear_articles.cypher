// Remove what these articles attest (citations, holdings, mentions); the nodes are re-checked later.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(:Congress)-[c:CITES]->(:Directive)
  WHERE c.article = a.id
  DELETE c
}
CALL (a) {
  MATCH (a)<-[r:ATTESTED_IN]-(:Occupancy)
  DELETE r
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
