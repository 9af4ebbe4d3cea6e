/** Marks what the article does not give and the fixtures invent. */
export const SAMPLE = '(dữ liệu mẫu)';

/** Ids of the Tây Ninh case, plain and invented: the article gives none. */
export const ids = {
  province: 'ubnd-tinh-tay-ninh',
  city: 'ubnd-tp-tay-ninh',
  ward1: 'ubnd-phuong-1',
  delegation: 'dgs-2024-cchc-cds',
  group01: 'dct-01',
  group02: 'dct-02',
  survey: 'ks-2024-04-02',
  indexFinding: 'kq-chi-so-cchc-2021-2023',
  vneidFinding: 'vm-vneid-du-lieu',
  vneidObstacle: 'kk-vneid-du-lieu',
  recommendation: 'kn-vneid-du-lieu',
  response: 'tl-ubnd-tinh-01',
} as const;
