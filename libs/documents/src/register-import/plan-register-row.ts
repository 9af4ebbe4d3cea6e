import { dateOfCell, dateOfSerial, parseVietnameseDate } from './register-dates';
import type { GridCell, GridRow } from './register-grid';
import { H, type HeaderName } from './register-headers';
import type { PlannedCommitment, RowError, RowErrorCode, RowResult } from './register-row-plan';
import {
  escalationOfWord,
  implementationOfWord,
  outcomeOfWord,
  positionOfWord,
} from './register-words-back';

/** The same rule as the API's ids: what a path segment and a stream name can carry. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const COMMITMENT =
  /^(.+?)\s*\(\s*h[ạa]n\s+([^,()]+?)(?:\s*,\s*h[ạa]n\s+ban\s+[đd][ầa]u\s+([^,()]+?))?\s*\)$/iu;

/** Reads one row's cells, collecting every fault rather than stopping at the first. */
class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    private readonly row: GridRow,
    private readonly columns: Partial<Record<HeaderName, number>>,
  ) {}

  /** One fault per cell: the first found speaks for it (an unknown word, not "incomplete" too). */
  fault(name: HeaderName | '', code: RowErrorCode, message: string): void {
    const column = name === '' ? '' : H[name];
    if (column !== '' && this.errors.some((e) => e.column === column)) return;
    this.errors.push({ row: this.row.row, column: name === '' ? '' : H[name], code, message });
  }

  private cell(name: HeaderName): GridCell {
    const index = this.columns[name];
    const cell = index === undefined ? undefined : this.row.cells[index];
    if (cell?.kind === 'formula') {
      this.fault(
        name,
        'import.formula',
        'Ô có công thức; vui lòng nhập giá trị, không dùng công thức.',
      );
      return { kind: 'empty' };
    }
    return cell ?? { kind: 'empty' };
  }

  text(name: HeaderName): string {
    const cell = this.cell(name);
    if (cell.kind === 'text') return cell.text.normalize('NFC').trim();
    if (cell.kind === 'number') return String(cell.number);
    if (cell.kind === 'date') return dateOfCell(cell.date) ?? '';
    return '';
  }

  required(name: HeaderName): string {
    const text = this.text(name);
    if (text === '' && !this.errors.some((e) => e.column === H[name]))
      this.fault(name, 'import.required', 'Chưa có nội dung; cột này bắt buộc.');
    return text;
  }

  date(name: HeaderName, required = false): string | null {
    const cell = this.cell(name);
    if (cell.kind === 'empty') {
      if (required && !this.errors.some((e) => e.column === H[name]))
        this.fault(name, 'import.required', 'Chưa có ngày; cột này bắt buộc.');
      return null;
    }
    const date =
      cell.kind === 'date'
        ? dateOfCell(cell.date)
        : cell.kind === 'number'
          ? dateOfSerial(cell.number)
          : cell.kind === 'text'
            ? parseVietnameseDate(cell.text)
            : null;
    if (date === null)
      this.fault(
        name,
        'import.date-invalid',
        `Ngày không hợp lệ${cell.kind === 'text' ? ` ("${cell.text}")` : ''}; vui lòng ghi theo dạng ngày/tháng/năm, ví dụ 02/04/2024.`,
      );
    return date;
  }

  word<T>(name: HeaderName, read: (text: string) => T | undefined, allowed: string): T | null {
    const text = this.text(name);
    if (text === '') return null;
    const value = read(text);
    if (value === undefined) {
      this.fault(
        name,
        'import.word-unknown',
        `Không hiểu "${text}"; vui lòng dùng một trong: ${allowed}.`,
      );
      return null;
    }
    return value;
  }

  commitments(): PlannedCommitment[] {
    const text = this.text('commitments');
    if (text === '') return [];
    const planned: PlannedCommitment[] = [];
    for (const line of text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const match = COMMITMENT.exec(line);
      const dueOn = match && parseVietnameseDate(match[2]!);
      const originalDueOn = match?.[3] === undefined ? null : parseVietnameseDate(match[3]);
      if (!match || dueOn === null || (match[3] !== undefined && originalDueOn === null)) {
        this.fault(
          'commitments',
          'import.commitment-invalid',
          `Không đọc được cam kết "${line}"; mỗi dòng ghi "Nội dung (hạn 31/12/2024)".`,
        );
        continue;
      }
      planned.push({ text: match[1]!.trim(), dueOn, originalDueOn });
    }
    return planned;
  }
}

const IMPLEMENTATION_WORDS_SAID = 'Chưa thực hiện, Đang thực hiện (60%), Đã báo cáo hoàn thành';

/**
 * One row of the register as the facts it records, or every fault in it: a row is planned
 * whole or not at all. Only what a row says on its own is checked here; the agencies and the
 * order of dates against the rules are the API's and the domain's to check.
 */
export const planRegisterRow = (
  row: GridRow,
  columns: Partial<Record<HeaderName, number>>,
): RowResult => {
  const r = new RowReader(row, columns);
  const id = r.text('id');
  if (id !== '' && !ID.test(id))
    r.fault(
      'id',
      'import.id-invalid',
      'Mã kiến nghị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 100 ký tự).',
    );
  const delegation = {
    title: r.required('delegation'),
    resolutionNumber: r.required('resolutionNumber'),
    resolutionDate: r.date('resolutionDate', true),
  };
  const addressee = r.required('addressee');
  const originalAddressee = r.text('originalAddressee') || null;
  const text = r.required('text');
  const issuedOn = r.date('issuedOn', true);
  const responseDueOn = r.date('responseDueOn', true);
  const originalResponseDueOn = r.date('originalResponseDueOn');
  const respondedOn = r.date('respondedOn');
  const position = r.word(
    'position',
    positionOfWord,
    'Tiếp thu, Tiếp thu một phần, Không tiếp thu',
  );
  const responseText = r.text('responseText');
  const commitments = r.commitments();
  const implementation = r.word(
    'implementation',
    implementationOfWord,
    IMPLEMENTATION_WORDS_SAID,
  ) ?? {
    track: 'not-started' as const,
    percent: null,
  };
  const completedOn = r.date('completedOn');
  const outcome = r.word(
    'verification',
    outcomeOfWord,
    'Đã thực hiện, Thực hiện một phần, Không thực hiện, Không còn phù hợp',
  );
  const closedOn = r.date('closedOn');
  const escalationStep = r.word(
    'escalation',
    escalationOfWord,
    'Đôn đốc lần 1, Đôn đốc tiếp, Phiên giải trình, Chất vấn, Giám sát lại…',
  );

  const answered = respondedOn !== null || position !== null || responseText !== '';
  if (answered && (respondedOn === null || position === null || responseText === ''))
    r.fault(
      respondedOn === null ? 'respondedOn' : position === null ? 'position' : 'responseText',
      'import.response-incomplete',
      'Trả lời chưa đủ: cần cả ngày trả lời, ý kiến tiếp thu và nội dung trả lời.',
    );
  if (!answered && commitments.length > 0)
    r.fault(
      'commitments',
      'import.response-incomplete',
      'Có cam kết nhưng chưa có trả lời của cơ quan.',
    );
  if (!answered && implementation.track !== 'not-started')
    r.fault(
      'implementation',
      'import.response-incomplete',
      'Có tình trạng thực hiện nhưng chưa có trả lời của cơ quan.',
    );
  if ((implementation.track === 'reported-done') !== (completedOn !== null) && outcome === null)
    r.fault(
      completedOn === null ? 'completedOn' : 'implementation',
      'import.verification-incomplete',
      'Ngày hoàn thành đi cùng tình trạng "Đã báo cáo hoàn thành".',
    );
  if ((outcome === null) !== (closedOn === null))
    r.fault(
      outcome === null ? 'verification' : 'closedOn',
      'import.verification-incomplete',
      'Kết quả xác minh và ngày xác minh phải có cùng nhau.',
    );
  if (r.errors.length > 0) return { row: row.row, errors: r.errors };
  return {
    row: row.row,
    plan: {
      row: row.row,
      recommendationId: id || null,
      delegation: { ...delegation, resolutionDate: delegation.resolutionDate! },
      addressee,
      originalAddressee,
      text,
      issuedOn: issuedOn!,
      responseDueOn: responseDueOn!,
      originalResponseDueOn,
      response: answered
        ? { respondedOn: respondedOn!, position: position!, text: responseText }
        : null,
      commitments,
      implementation,
      completedOn,
      verification: outcome === null ? null : { outcome, closedOn: closedOn! },
      escalationStep,
    },
  };
};
