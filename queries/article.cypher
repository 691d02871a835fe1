// name: article
// description: >
//   One article by id (the sha256 of its text): its title, date and source, the holdings it
//   attests and the citations read from it, each with its sentence.
// params:
//   article: {type: str, description: "the article's id (sha256 hex)", example: "0f1e..."}
MATCH (art:Article {id: $article})
RETURN art.id AS id,
       art.title AS title,
       art.published AS published,
       art.source AS source,
       COLLECT {
         MATCH (p:Person)-[:HOLDS]->(occ:Occupancy)-[a:ATTESTED_IN]->(art),
               (occ)-[:IN_POST]->(post:Post)-[:OF]->(o:Organization)
         RETURN {person: p.name, person_key: p.key, title: post.title, organization: o.name,
                 organization_key: o.key, occupancy: occ.key, date: a.date, evidence: a.evidence}
         ORDER BY p.name, post.title
       } AS holdings,
       COLLECT {
         MATCH (c:Congress)-[r:CITES]->(d:Directive) WHERE r.article = art.id
         RETURN {congress: c.key, congress_name: c.name, directive: d.key, code: d.code,
                 relation: r.relation, evidence: r.evidence}
         ORDER BY d.code
       } AS citations,
       COLLECT {
         MATCH (art)-[:MENTIONS]->(n)
         RETURN {kind: toLower(labels(n)[0]), key: coalesce(n.key, n.id), name: coalesce(n.name, n.code, n.title)}
         ORDER BY labels(n)[0], n.key
       } AS mentions
