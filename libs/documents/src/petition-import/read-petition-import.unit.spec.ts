import ExcelJS from 'exceljs';
import type { RegisterFileRefused } from '../register-import/register-file-refused';
import { readPetitionImport } from './read-petition-import';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('reading a table of voters’ petitions', () => {
  it('reads each row’s petition, headers matched without diacritics or case', async () => {
    const reading = await readPetitionImport(
      csv(
        'stt,NOI DUNG KIEN NGHI,nơi/đơn vị cử tri,Co quan giai quyet\n' +
          '1,Sửa đường ĐT.791,Cử tri xã Tân Bình,UBND tỉnh\n',
      ),
    );
    expect(reading).toMatchObject({
      format: 'csv',
      rows: 1,
      errors: [],
      plans: [
        {
          row: 2,
          number: '1',
          text: 'Sửa đường ĐT.791',
          voters: 'Cử tri xã Tân Bình',
          agency: 'UBND tỉnh',
        },
      ],
    });
    expect(reading.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names every fault of a row by its column, and keeps the good rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kiến nghị');
    sheet.addRow(['STT', 'Nội dung kiến nghị', 'Nơi/đơn vị cử tri', 'Cơ quan giải quyết']);
    sheet.addRow([1, 'Nước sạch', 'Cử tri ấp 3', 'UBND tỉnh']);
    sheet.addRow([2, '', 'Cử tri ấp 4', { formula: 'A1' }]);
    const reading = await readPetitionImport(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reading.plans.map((p) => p.row)).toEqual([2]);
    expect(reading.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Nội dung kiến nghị', 'import.required'],
      [3, 'Cơ quan giải quyết', 'import.formula'],
    ]);
  });

  it('refuses a table without the columns it needs, naming them', async () => {
    await expect(readPetitionImport(csv('STT,Nội dung kiến nghị\n1,x\n'))).rejects.toEqual(
      expect.objectContaining({
        code: 'import.missing-columns',
        missing: ['Nơi/đơn vị cử tri', 'Cơ quan giải quyết'],
      }) as RegisterFileRefused,
    );
  });
});
