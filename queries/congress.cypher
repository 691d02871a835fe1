// name: congress
// description: >
//   One congress: the party organisation holding it, its term, the directives around it (with
//   the relation and how many articles say so) and the officials attested in articles about it.
// params:
//   congress: {type: congress, description: "'organization|number', the number in digits or Roman", example: "Đảng bộ Bộ Công Thương|III"}
//   officials: {type: int, default: 100, min: 0, max: 1000, description: "at most this many officials"}
MATCH (c:Congress {key: $congress.key})
OPTIONAL MATCH (c)-[:OF]->(o:Organization)
RETURN c.key AS key,
       c.name AS name,
       c.ordinal AS ordinal,
       c.term AS term,
       coalesce(o.name, c.organization) AS organization,
       o.key AS organization_key,
       COLLECT {
         MATCH (c)-[r:CITES]->(d:Directive)
         WITH d, r.relation AS relation, count(DISTINCT r.article) AS articles
         RETURN {key: d.key, code: d.code, type: d.type, issuer: d.issuer, date: d.date,
                 relation: relation, articles: articles}
         ORDER BY d.code, relation
       } AS directives,
       COLLECT {
         MATCH (c)<-[:MENTIONS]-(art:Article)<-[a:ATTESTED_IN]-(occ:Occupancy)<-[:HOLDS]-(p:Person),
               (occ)-[:IN_POST]->(post:Post)-[:OF]->(body:Organization)
         WITH p, post, body, min(a.date) AS date, collect(DISTINCT art.id)[..5] AS articles
         RETURN {person_key: p.key, person: p.name, title: post.title, post: post.key,
                 organization: body.name, organization_key: body.key, date: date, articles: articles}
         ORDER BY p.name, post.title
         LIMIT $officials
       } AS officials
