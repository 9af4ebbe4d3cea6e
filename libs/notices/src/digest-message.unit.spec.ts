import { composeDigest, vietnameseDate } from './digest-message';

describe('the daily digest', () => {
  const digest = composeDigest({
    day: '2025-01-08',
    recipientName: 'Văn phòng UBND tỉnh',
    consoleUrl: 'https://giamsat.tayninh.gov.vn/',
    lines: [
      {
        kind: 'reminder',
        recommendationId: 'kn-2',
        text: 'Hoàn thành đồng bộ dữ liệu <VNeID>',
        agencyName: 'UBND tỉnh Tây Ninh',
        deadline: 'commitment:c-1',
        dueOn: '2025-01-13',
        workingDays: 3,
      },
      {
        kind: 'missed',
        recommendationId: 'kn-1',
        text: 'Khôi phục dữ liệu cá nhân',
        agencyName: 'UBND tỉnh Tây Ninh',
        deadline: 'response',
        dueOn: '2025-01-06',
        workingDays: 2,
      },
    ],
  });

  it('says the day in its subject, dd/mm/yyyy', () => {
    expect(digest.subject).toBe('Nhắc việc theo dõi kiến nghị ngày 08/01/2025');
    expect(vietnameseDate('2024-06-17')).toBe('17/06/2024');
  });

  it('lists the overdue first, then what falls due soon, each with its link', () => {
    const text = digest.text;
    expect(text.indexOf('QUÁ HẠN (1)')).toBeLessThan(text.indexOf('SẮP ĐẾN HẠN (1)'));
    expect(text).toContain('1. Khôi phục dữ liệu cá nhân');
    expect(text).toContain('Hạn trả lời: 06/01/2025 (quá hạn 2 ngày làm việc)');
    expect(text).toContain('Hạn thực hiện cam kết: 13/01/2025 (còn 3 ngày làm việc)');
    expect(text).toContain('Xem: https://giamsat.tayninh.gov.vn/recommendations/kn-1');
    expect(text).toContain('Cơ quan: UBND tỉnh Tây Ninh');
  });

  it('escapes what the clerk wrote in the HTML', () => {
    expect(digest.html).toContain('Hoàn thành đồng bộ dữ liệu &lt;VNeID&gt;');
    expect(digest.html).toContain('href="https://giamsat.tayninh.gov.vn/recommendations/kn-2"');
  });
});
