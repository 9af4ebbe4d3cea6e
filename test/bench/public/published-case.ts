import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';

/** The published delegation's public address, once `publishTayNinh` has run. */
export const publishedDelegationPath = `/api/public/delegations/${ids.delegation}`;

/**
 * Records the Tây Ninh case through the API of the server at `base`, with `recommendations` more
 * recommendations (each with its agency's response), publishes the delegation, and waits until
 * the read models hold the publication. Users are created by `admin` with `password`.
 */
export const publishTayNinh = async (
  base: string,
  password: string,
  recommendations: number,
): Promise<void> => {
  const post = async (path: string, body: object, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token !== undefined && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const mustPost = async (path: string, body: object, token: string, status: number) => {
    const res = await post(path, body, token);
    if (res.status !== status)
      throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const signIn = async (username: string) =>
    (await post('/api/auth/login', { username, password })).body.accessToken as string;
  const admin = await signIn('admin');
  const tokens: Record<string, string> = {};
  const tokenOf = async (sender: 'secretariat' | 'agency') => {
    if (tokens[sender] === undefined) {
      await mustPost('/api/users', { ...tayNinhPeople[sender], password }, admin, 201);
      tokens[sender] = await signIn(tayNinhPeople[sender].username);
    }
    return tokens[sender];
  };
  for (const step of tayNinhRequests())
    await mustPost(step.path, step.body, await tokenOf(step.as ?? 'secretariat'), step.status);
  const clerk = await tokenOf('secretariat');
  const agency = await tokenOf('agency');
  for (let n = 1; n <= recommendations; n += 1) {
    const { id } = await mustPost(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        addresseeAgencyId: ids.province,
        text: `Kiến nghị số ${n}: đề nghị UBND tỉnh chỉ đạo rà soát, đơn giản hóa thủ tục hành chính, nâng tỷ lệ hồ sơ trực tuyến toàn trình và số hóa kết quả giải quyết`,
        findingIds: [ids.vneidFinding],
        issuedOn: '2024-05-15',
        responseDueOn: '2024-06-14',
      },
      clerk,
      201,
    );
    await mustPost(
      `/api/recommendations/${id as string}/responses`,
      {
        respondedOn: '2024-06-10',
        position: 'accepted',
        text: `UBND tỉnh tiếp thu kiến nghị số ${n}, giao Sở Nội vụ chủ trì, phối hợp các sở, ngành thực hiện trong năm 2024`,
        commitments: [],
      },
      agency,
      201,
    );
  }
  const published = await mustPost(
    `/api/delegations/${ids.delegation}/publication`,
    { publishedOn: '2024-10-05', basis: 'Thông báo 12/TB-HĐND về công khai kết quả giám sát' },
    clerk,
    200,
  );
  // The public routes take no minPosition: wait for the read models through an internal read.
  const read = await fetch(`${base}/api/delegations?minPosition=${published.position as number}`, {
    headers: { authorization: `Bearer ${clerk}` },
  });
  if (read.status !== 200) throw new Error(`the read models did not catch up (${read.status})`);
};
