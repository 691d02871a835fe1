// Every Vietnamese label the explorer shows, with its English gloss, and the data that turns
// keys and dates into text. Kept as data so wording changes never touch page logic.

export const LABELS = Object.freeze({
  searchTitle: { vi: "Tìm người, cơ quan, văn bản, đại hội", en: "find people, bodies, documents, congresses" },
  searchPlaceholder: { vi: "nguyen dac thanh, 35-CT/TW…", en: "a name or a document code" },
  searchHint: {
    vi: "Kết quả hiện ngay khi gõ; dấu và chữ hoa không bắt buộc.",
    en: "results as you type; diacritics and case are optional",
  },
  topDirectives: { vi: "Văn bản được các đại hội trích dẫn nhiều nhất", en: "most-cited directives" },
  congressCount: { vi: "đại hội", en: "congresses" },
  noResults: { vi: "Không tìm thấy kết quả", en: "no match" },
  loading: { vi: "Đang tải…", en: "loading" },
  notFound: { vi: "Không tìm thấy", en: "not found" },
  posts: { vi: "Chức vụ", en: "posts held" },
  post: { vi: "Chức vụ", en: "post" },
  organization: { vi: "Cơ quan, tổ chức", en: "body" },
  timeline: { vi: "Dòng thời gian", en: "timeline" },
  timelineHint: {
    vi: "Thanh: từ lần đầu đến lần cuối được ghi nhận; chấm: mỗi lần bài báo ghi nhận. Bấm vào chấm để xem câu trích.",
    en: "bar: first to last seen; dot: each attestation; click a dot for the sentence",
  },
  holdersHint: {
    vi: "Mỗi thanh là một người giữ chức, từ lần đầu đến lần cuối được ghi nhận. Bấm để mở trang người đó.",
    en: "each bar is one holder, first to last seen; click to open the person",
  },
  undated: {
    vi: "Chưa có ngày ghi nhận nào để vẽ dòng thời gian; xem bảng dưới đây.",
    en: "no dated attestation to draw; see the table below",
  },
  firstSeen: { vi: "Lần đầu", en: "first seen" },
  lastSeen: { vi: "Lần cuối", en: "last seen" },
  attestations: { vi: "Ghi nhận", en: "attestations" },
  evidence: { vi: "Câu trích", en: "evidence" },
  article: { vi: "Bài báo", en: "article" },
  articles: { vi: "Bài báo nhắc đến", en: "articles naming it" },
  person: { vi: "Người", en: "person" },
  holders: { vi: "Người giữ chức theo thời gian", en: "holders over time" },
  parts: { vi: "Bộ phận trực thuộc", en: "parts" },
  partOf: { vi: "Thuộc", en: "part of" },
  executiveOf: { vi: "Là cấp ủy của", en: "executive committee of" },
  executives: { vi: "Cấp ủy", en: "executive committee" },
  congresses: { vi: "Đại hội", en: "congresses" },
  congress: { vi: "Đại hội", en: "congress" },
  term: { vi: "Nhiệm kỳ", en: "term" },
  directive: { vi: "Văn bản", en: "directive" },
  directives: { vi: "Văn bản được trích dẫn", en: "directives cited" },
  issuer: { vi: "Cơ quan ban hành", en: "issuer" },
  issuerCode: { vi: "Mã cơ quan ban hành", en: "issuer code" },
  date: { vi: "Ngày", en: "date" },
  severalDirectives: {
    vi: "Số hiệu này ứng với nhiều văn bản (số được đánh lại mỗi nhiệm kỳ); chọn một:",
    en: "this code names several documents (numbers restart each term); pick one",
  },
  yearInferred: { vi: "năm suy ra từ ngữ cảnh", en: "year inferred from context" },
  citedBy: { vi: "Các đại hội trích dẫn", en: "congresses citing it" },
  relation: { vi: "Quan hệ", en: "relation" },
  officials: { vi: "Cán bộ được ghi nhận", en: "officials attested" },
  holdings: { vi: "Chức vụ được ghi nhận", en: "holdings attested" },
  citations: { vi: "Trích dẫn", en: "citations" },
  mentions: { vi: "Được nhắc đến", en: "mentioned" },
  source: { vi: "Nguồn", en: "source" },
  published: { vi: "Ngày đăng", en: "published" },
  graphTitle: { vi: "Đồ thị trích dẫn đại hội – văn bản", en: "congress–directive citation graph" },
  graphHint: {
    vi: "Mỗi trang hiện một số liên kết; lọc theo cơ quan ban hành và giai đoạn. Bấm vào nút để mở trang.",
    en: "one page of links at a time; filter by issuer and period; click a node to open it",
  },
  allIssuers: { vi: "Tất cả", en: "all" },
  fromYear: { vi: "Từ năm", en: "from year" },
  toYear: { vi: "Đến năm", en: "to year" },
  pageSize: { vi: "Số liên kết mỗi trang", en: "links per page" },
  apply: { vi: "Lọc", en: "filter" },
  previous: { vi: "‹ Trang trước", en: "previous" },
  next: { vi: "Trang sau ›", en: "next" },
  links: { vi: "liên kết", en: "links" },
  noLinks: { vi: "Không có liên kết nào khớp bộ lọc", en: "no link matches the filter" },
  showing: { vi: "Đang hiện", en: "showing" },
  of: { vi: "trên", en: "of" },
  more: { vi: "Xem thêm", en: "more" },
  truncated: { vi: "Danh sách đã bị cắt bớt", en: "the list was cut at the row cap" },
});

/** What a search hit or a mention is, by the `kind` the API gives. */
export const KINDS = Object.freeze({
  person: { vi: "Người", en: "person", route: "person" },
  organization: { vi: "Cơ quan", en: "body", route: "organization" },
  directive: { vi: "Văn bản", en: "directive", route: "directive" },
  congress: { vi: "Đại hội", en: "congress", route: "congress" },
  article: { vi: "Bài báo", en: "article", route: "article" },
});

/** How a congress relates to a directive (the CITES relationship's `relation`). */
export const RELATIONS = Object.freeze({
  concerns: { vi: "về đại hội này", en: "concerns" },
  cites: { vi: "trích dẫn", en: "cites" },
});

/** The link to the page of one thing. */
export function href(kind, key) {
  const route = (KINDS[kind] && KINDS[kind].route) || kind;
  return `#/${route}/${encodeURIComponent(key)}`;
}

// Dates keep their precision: "2021", "2021-05", "2021-05-24" (see the README's graph model).
const DATE_FORMATS = Object.freeze({
  day: { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, show: (m) => `${m[3]}/${m[2]}/${m[1]}` },
  month: { pattern: /^(\d{4})-(\d{2})$/, show: (m) => `tháng ${m[2]}/${m[1]}` },
  year: { pattern: /^(\d{4})$/, show: (m) => `năm ${m[1]}` },
});

/** A partial ISO date as Vietnamese readers write it, with the ISO form kept in a title. */
export function showDate(iso) {
  if (!iso) return "";
  for (const format of Object.values(DATE_FORMATS)) {
    const m = String(iso).match(format.pattern);
    if (m) return format.show(m);
  }
  return String(iso);
}
