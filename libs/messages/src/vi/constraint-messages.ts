/**
 * Vietnamese: what a field at fault must be, by the constraint it broke. {field} is the field's
 * label; {limit}, {allowed} and {other} are the constraint's bound, values and twin.
 */
export const VI_CONSTRAINT_MESSAGES: Readonly<Record<string, string>> = {
  isDefined: '{field} là thông tin bắt buộc[; có thể nhập {other} thay thế].',
  whitelistValidation: '{field} không thuộc nội dung của yêu cầu này; vui lòng bỏ ra.',
  unknownValue: 'Nội dung gửi lên không phải là một yêu cầu hợp lệ.',
  isNotNull: '{field} không được mang giá trị rỗng (null); nếu không có thì bỏ mục này ra.',
  isString: '{field} phải là văn bản.',
  isArray: '{field} phải là một danh sách.',
  isInt: '{field} phải là số nguyên.',
  isNumber: '{field} phải là một số.',
  isBoolean: '{field} chỉ nhận giá trị đúng hoặc sai (true/false).',
  nestedValidation: '{field} phải là một mục gồm các thông tin con.',
  isIn: '{field} phải là một trong các giá trị: {allowed}.',
  isLocalDate: '{field} phải là ngày có thật, viết theo dạng YYYY-MM-DD.',
  isInstantOrDate:
    '{field} phải là một ngày (YYYY-MM-DD) hoặc một thời điểm có múi giờ (YYYY-MM-DDTHH:mm:ss+07:00).',
  isHttpUrl: '{field} phải là địa chỉ http hoặc https.',
  isEmailAddress: '{field} phải là địa chỉ e-mail hợp lệ.',
  matches: '{field} không đúng định dạng.',
  isNotEmpty: '{field} không được để trống.',
  isLength: '{field} không đúng độ dài cho phép[ (giới hạn {limit} ký tự)].',
  maxLength: '{field} không được dài quá {limit} ký tự.',
  min: '{field} không được nhỏ hơn {limit}.',
  max: '{field} không được lớn hơn {limit}.',
  arrayMinSize: '{field} cần có ít nhất {limit} mục.',
  arrayMaxSize: '{field} không được có quá {limit} mục.',
  notWith: '{field} không nhập cùng với {other}; chỉ nhập một trong hai.',
  orGive: '{field} là thông tin bắt buộc[; có thể nhập {other} thay thế].',
  prototypeKey: '{field} không phải là mục của bất kỳ yêu cầu nào.',
  maxDepth: '{field} lồng nhau quá {limit} cấp.',
  isRevision: '{field} phải là số phiên bản đặt trong dấu ngoặc kép, ví dụ "3".',
  isIdempotencyKey: '{field} phải gồm từ 1 đến 200 ký tự ASCII nhìn thấy được.',
  isId: '{field} không phải là mã hợp lệ.',
  allowedTarget: '{field} trỏ tới máy chủ không được phép nhận webhook.',
};
