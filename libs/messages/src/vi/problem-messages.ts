/**
 * Vietnamese: the refusals of the application, the event store and the HTTP layer. A part in
 * square brackets is said when the API knows its fact (an id, a revision, a key).
 */
export const VI_PROBLEM_MESSAGES: Readonly<Record<string, string>> = {
  // The application's refusals.
  'not-found': 'Không tìm thấy hồ sơ[ có mã {id}].',
  forbidden: 'Tài khoản của bạn không có quyền thực hiện việc này đối với hồ sơ này.',
  'idempotency-key-reused':
    'Mã chống gửi trùng[ {key}] đã được dùng cho một yêu cầu khác; vui lòng tạo mã mới.',
  'idempotency-key-in-flight':
    'Yêu cầu với mã chống gửi trùng[ {key}] đang được xử lý; vui lòng thử lại sau giây lát.',
  'webhook.target-refused':
    'Địa chỉ webhook không được phép: máy chủ này không nhận yêu cầu gửi đi.',
  // The event store's and the read models'.
  'concurrency-conflict':
    'Hồ sơ vừa được người khác cập nhật[ (nay ở phiên bản {actual})]; vui lòng tải lại trang rồi thực hiện lại.',
  'duplicate-event-id': 'Nội dung này đã được ghi nhận trước đó.',
  'event-too-large': 'Nội dung quá lớn để lưu trong một lần ghi nhận.',
  'event-store-unavailable':
    'Hệ thống lưu trữ tạm thời không truy cập được; vui lòng thử lại sau ít phút.',
  'read-models-behind': 'Dữ liệu đang được cập nhật; vui lòng thử lại sau giây lát.',
  // The HTTP layer's.
  'bad-input': 'Thông tin gửi lên chưa hợp lệ; vui lòng kiểm tra lại từng mục.',
  'bad-request': 'Yêu cầu không hợp lệ.',
  'malformed-json': 'Nội dung gửi lên không đúng định dạng JSON.',
  'request-aborted': 'Nội dung gửi lên bị gián đoạn, chưa đến đủ; vui lòng gửi lại.',
  unauthenticated: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn; vui lòng đăng nhập lại.',
  'route-not-found': 'Không có địa chỉ này trong hệ thống.',
  'method-not-allowed': 'Địa chỉ này không hỗ trợ thao tác đã yêu cầu.',
  'not-acceptable': 'Hệ thống không thể trả lời theo định dạng đã yêu cầu.',
  conflict: 'Yêu cầu xung đột với tình trạng hiện tại của hồ sơ.',
  'precondition-failed':
    'Hồ sơ đã thay đổi kể từ khi bạn mở; vui lòng tải lại trang rồi thực hiện lại.',
  'body-too-large': 'Nội dung gửi lên vượt quá dung lượng cho phép.',
  'unsupported-media-type': 'Vui lòng gửi nội dung dạng application/json (UTF-8).',
  'too-many-requests': 'Bạn đã gửi quá nhiều yêu cầu; vui lòng chờ một lát rồi thử lại.',
  internal: 'Hệ thống gặp sự cố; sự cố đã được ghi lại để xử lý.',
  'service-unavailable': 'Hệ thống tạm thời chưa phục vụ được; vui lòng thử lại sau ít phút.',
  // A register upload (Nhập từ Excel) refused whole.
  'import.not-a-spreadsheet':
    'Tệp không phải bảng tính đọc được; vui lòng chọn tệp Excel (.xlsx) hoặc CSV (UTF-8) theo mẫu.',
  'import.macro-enabled':
    'Tệp có chứa macro (.xlsm); vui lòng lưu lại thành tệp Excel thường (.xlsx) rồi nhập.',
  'import.too-large-unpacked': 'Tệp khi giải nén quá lớn; không thể là sổ theo dõi kiến nghị.',
  'import.too-many-rows': 'Tệp có quá[ {limit}] dòng; vui lòng chia thành nhiều tệp nhỏ hơn.',
  'import.too-many-columns': 'Tệp có quá[ {limit}] cột; vui lòng dùng mẫu sổ theo dõi.',
  'import.missing-columns': 'Tệp thiếu cột bắt buộc[: {columns}]; vui lòng dùng mẫu sổ theo dõi.',
  'import.empty': 'Tệp không có dòng tiêu đề của sổ theo dõi kiến nghị.',
  'import.file-required': 'Vui lòng chọn tệp cần nhập (trường "file").',
  'import.file-too-large': 'Tệp vượt quá dung lượng cho phép[ ({limit})].',
};
