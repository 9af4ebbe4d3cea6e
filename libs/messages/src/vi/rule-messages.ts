import type { BusinessRuleCode } from '@hdnd/domain';

/** Vietnamese: what each business rule asks, as the office's clerk would read it. */
export const VI_RULE_MESSAGES = {
  'agency.abolished':
    'Cơ quan, đơn vị này đã không còn tồn tại vào ngày đó; vui lòng chọn đơn vị kế thừa.',
  'agency.already-registered': 'Cơ quan, đơn vị này đã được đăng ký.',
  'agency.already-succeeded': 'Cơ quan, đơn vị này đã có đơn vị kế thừa.',
  'agency.name-required': 'Vui lòng nhập tên cơ quan, đơn vị.',
  'agency.not-registered': 'Cơ quan, đơn vị này chưa được đăng ký.',
  'agency.own-parent': 'Cơ quan, đơn vị không thể là cơ quan cấp trên của chính mình.',
  'agency.own-successor': 'Cơ quan, đơn vị không thể kế thừa chính mình.',
  'agency.parent-unknown': 'Cơ quan cấp trên chưa được đăng ký.',
  'agency.succession-basis-required': 'Việc sắp xếp, sáp nhập cần có căn cứ pháp lý.',
  'agency.succession-cycle':
    'Đơn vị kế thừa đã chuyển giao (trực tiếp hoặc qua đơn vị khác) cho chính cơ quan này; không thể kế thừa vòng tròn.',
  'agency.successor-abolished': 'Đơn vị kế thừa không còn tồn tại vào ngày có hiệu lực.',
  'agency.successor-unknown': 'Đơn vị kế thừa chưa được đăng ký.',

  'calendar.basis-required': 'Thông báo ngày nghỉ, ngày làm bù cần có căn cứ.',
  'calendar.date-already-adjusted':
    'Ngày này đã có thông báo; vui lòng thu hồi thông báo cũ trước.',
  'calendar.date-invalid': 'Ngày không hợp lệ.',
  'calendar.kind-unknown': 'Thông báo chỉ có thể là ngày nghỉ hoặc ngày làm bù.',
  'calendar.no-adjustment': 'Ngày này không có thông báo nào để thu hồi.',
  'calendar.reason-required': 'Vui lòng nêu lý do thu hồi thông báo.',
  'calendar.whole-days': 'Thông báo tính theo ngày trọn vẹn.',

  'delegation.already-established': 'Đoàn giám sát này đã được thành lập.',
  'delegation.chair-required': 'Vui lòng ghi rõ trưởng đoàn giám sát.',
  'delegation.concluded': 'Đoàn giám sát đã kết thúc; không thể ghi nhận thêm công việc.',
  'delegation.concluded-before-established':
    'Ngày kết thúc không thể trước ngày thành lập đoàn giám sát.',
  'delegation.concluded-before-work':
    'Ngày kết thúc không thể trước cuộc khảo sát hoặc kết quả giám sát cuối cùng của đoàn.',
  'delegation.legal-basis-required':
    'Đoàn giám sát được thành lập theo một nghị quyết; vui lòng nhập căn cứ.',
  'delegation.not-established': 'Đoàn giám sát chưa được thành lập.',
  'delegation.period-inverted': 'Thời kỳ giám sát có ngày kết thúc trước ngày bắt đầu.',
  'delegation.summary-required':
    'Vui lòng nhập nội dung tóm tắt kết quả giám sát khi kết thúc đoàn.',
  'delegation.supervisor-name-required':
    'Vui lòng ghi rõ tên Ban, Tổ đại biểu hoặc đại biểu thực hiện giám sát.',
  'delegation.title-required': 'Vui lòng nhập tên đoàn giám sát.',
  'delegation.topic-required': 'Vui lòng nhập nội dung giám sát.',
  'finding.agency-not-surveyed':
    'Cơ quan, đơn vị này không thuộc danh sách được khảo sát trong cuộc khảo sát đó.',
  'finding.already-recorded': 'Kết quả giám sát này đã được ghi nhận.',
  'finding.before-establishment': 'Kết quả giám sát không thể có trước nghị quyết thành lập đoàn.',
  'finding.before-survey': 'Kết quả giám sát không thể có trước cuộc khảo sát.',
  'finding.indicator-name-required': 'Mỗi chỉ tiêu cần có tên.',
  'finding.indicator-out-of-scale': 'Giá trị của chỉ tiêu nằm ngoài thang điểm.',
  'finding.indicator-rank-invalid': 'Thứ hạng cần có cả hạng và tổng số, với 1 ≤ hạng ≤ tổng số.',
  'finding.indicator-value-required': 'Chỉ tiêu có thang điểm thì cần có giá trị.',
  'finding.obstacle-id':
    'Kết quả giám sát loại khó khăn, vướng mắc mở đúng một khó khăn, vướng mắc; các loại khác không mở.',
  'finding.statement-required': 'Vui lòng nhập nội dung kết quả giám sát.',
  'finding.survey-unknown': 'Cuộc khảo sát này không thuộc đoàn giám sát.',
  'publication.already-published': 'Kết quả giám sát của đoàn này đã được công khai.',
  'publication.basis-required': 'Việc công khai cần ghi căn cứ hoặc ghi chú.',
  'publication.before-establishment':
    'Không thể công khai kết quả trước ngày ban hành nghị quyết thành lập đoàn giám sát.',
  'publication.before-withdrawal':
    'Ngày công khai lại không thể trước ngày thu hồi công khai gần nhất.',
  'publication.not-published': 'Kết quả giám sát của đoàn này chưa được công khai.',
  'publication.reason-required': 'Việc thu hồi công khai cần ghi lý do.',
  'publication.withdrawn-before-published': 'Không thể thu hồi công khai trước ngày đã công khai.',
  'survey.agencies-repeated': 'Một cơ quan, đơn vị được ghi hai lần.',
  'survey.agencies-required': 'Cuộc khảo sát cần ít nhất một cơ quan, đơn vị được khảo sát.',
  'survey.already-recorded': 'Cuộc khảo sát này đã được ghi nhận.',
  'survey.before-establishment': 'Cuộc khảo sát không thể có trước nghị quyết thành lập đoàn.',
  'survey.chair-required': 'Vui lòng ghi rõ người chủ trì cuộc khảo sát.',
  'survey.topics-required': 'Cuộc khảo sát cần ít nhất một nội dung khảo sát.',
  'survey.working-group-unknown': 'Đoàn công tác này không thuộc đoàn giám sát.',
  'working-group.already-formed': 'Đoàn công tác này đã được thành lập.',
  'working-group.leader-required': 'Vui lòng ghi rõ trưởng đoàn công tác.',
  'working-group.number-required': 'Vui lòng nhập số hiệu đoàn công tác.',
  'working-group.number-taken': 'Số hiệu đoàn công tác này đã có trong đoàn giám sát.',

  'assessment.before-response': 'Ngày đánh giá không thể trước ngày của văn bản trả lời.',
  'assessment.due-not-after': 'Hạn trả lời mới phải sau ngày đánh giá.',
  'assessment.note-required': 'Vui lòng nêu rõ vì sao văn bản trả lời chưa đáp ứng yêu cầu.',
  'closure.assessment-required':
    'Vui lòng nhập nhận xét, đánh giá khi kết thúc theo dõi kiến nghị.',
  'closure.before-reopening': 'Ngày kết thúc không thể trước lần mở lại gần nhất.',
  'closure.before-report': 'Việc xác minh không thể trước ngày cơ quan báo cáo kết quả thực hiện.',
  'closure.completion-not-reported':
    'Chỉ kết luận “Đã thực hiện” khi cơ quan đã báo cáo hoàn thành, kèm tài liệu minh chứng.',
  'closure.nothing-reported': 'Cơ quan chưa báo cáo tiến độ thực hiện nào.',
  'committee-supervision.already-concluded': 'Hoạt động giám sát này đã có kết luận.',
  'committee-supervision.already-started': 'Hoạt động giám sát này đã được ghi nhận.',
  'committee-supervision.concluded-before-start':
    'Kết luận không thể có trước ngày bắt đầu giám sát.',
  'committee-supervision.conclusion-required': 'Vui lòng nhập nội dung kết luận giám sát.',
  'committee-supervision.not-a-committee':
    'Chỉ Thường trực Hội đồng nhân dân hoặc các Ban giám sát ngoài đoàn giám sát.',
  'committee-supervision.not-started': 'Không tìm thấy hoạt động giám sát.',
  'committee-supervision.supervisor-name-required': 'Vui lòng nêu tên Ban giám sát.',
  'committee-supervision.topic-required': 'Vui lòng nhập nội dung mà Thường trực, Ban giám sát.',
  'completion.before-progress': 'Ngày báo cáo hoàn thành không thể trước tiến độ đã báo cáo.',
  'completion.evidence-incomplete':
    'Mỗi tài liệu minh chứng cần có tên và số, ký hiệu hoặc đường dẫn.',
  'completion.evidence-required': 'Báo cáo hoàn thành cần kèm tài liệu minh chứng.',
  'deadline.approver-required': 'Vui lòng ghi rõ người đồng ý gia hạn.',
  'deadline.before-previous-extension': 'Ngày gia hạn không thể trước lần gia hạn trước.',
  'deadline.commitment-unknown': 'Không có cam kết này trong kiến nghị.',
  'deadline.due-ambiguous': 'Chỉ nhập hạn theo ngày hoặc theo số ngày làm việc, không nhập cả hai.',
  'deadline.due-required': 'Vui lòng nhập hạn theo ngày hoặc theo số ngày làm việc.',
  'deadline.not-later': 'Hạn mới phải sau hạn hiện tại.',
  'deadline.reason-required': 'Vui lòng nêu lý do gia hạn.',
  'deadline.response-not-pending': 'Kiến nghị không có văn bản trả lời nào đang chờ.',
  'deadline.working-days-invalid':
    'Số ngày làm việc phải là số nguyên dương trong giới hạn cho phép.',
  'escalation.before-previous': 'Ngày đôn đốc không thể trước lần đôn đốc trước.',
  'escalation.not-upward': 'Mỗi bước đôn đốc phải cao hơn bước đã thực hiện.',
  'escalation.note-required': 'Vui lòng nêu nội dung đôn đốc hoặc yêu cầu.',
  'escalation.session-step':
    'Chỉ khi đưa ra phiên giải trình hoặc chất vấn mới nêu phiên họp, và phải đúng loại phiên đó.',
  'escalation.session-unknown': 'Không tìm thấy phiên giải trình hoặc phiên chất vấn được nêu.',
  'implementation.before-response':
    'Không thể báo cáo thực hiện trước ngày của văn bản trả lời tiếp thu.',
  'progress.percent-range': 'Tỷ lệ hoàn thành phải từ 0 đến 100.',
  'progress.text-required': 'Vui lòng nêu những việc đã làm.',
  'recommendation.already-issued': 'Kiến nghị này đã được ban hành.',
  'recommendation.already-reported-done': 'Cơ quan đã báo cáo hoàn thành kiến nghị này.',
  'recommendation.before-establishment':
    'Kiến nghị không thể có trước nghị quyết thành lập đoàn giám sát.',
  'recommendation.before-finding':
    'Kiến nghị không thể viện dẫn kết quả giám sát được ghi nhận sau ngày ban hành.',
  'recommendation.before-part':
    'Kiến nghị không thể có trước câu hỏi chất vấn hoặc kết luận mà nó xuất phát.',
  'recommendation.before-source':
    'Kiến nghị không thể có trước phiên họp, hoạt động giám sát mà nó xuất phát.',
  'recommendation.closed': 'Kiến nghị đã kết thúc theo dõi; vui lòng mở lại trước.',
  'recommendation.date-before-issue': 'Ngày này trước ngày ban hành kiến nghị.',
  'recommendation.due-not-after-issue': 'Hạn trả lời phải sau ngày ban hành kiến nghị.',
  'recommendation.finding-foreign': 'Kết quả giám sát được viện dẫn không thuộc đoàn giám sát này.',
  'recommendation.findings-outside-delegation':
    'Chỉ kiến nghị của đoàn giám sát mới viện dẫn kết quả giám sát.',
  'recommendation.follows-not-escalated':
    'Kiến nghị được theo dõi tiếp chưa được đưa ra phiên họp này.',
  'recommendation.follows-unknown': 'Không tìm thấy kiến nghị được theo dõi tiếp.',
  'recommendation.findings-repeated': 'Một kết quả giám sát được viện dẫn hai lần.',
  'recommendation.findings-required': 'Kiến nghị cần viện dẫn ít nhất một kết quả giám sát.',
  'recommendation.not-accepted':
    'Chỉ theo dõi việc thực hiện sau khi cơ quan đã tiếp thu kiến nghị.',
  'recommendation.not-addressee':
    'Chỉ cơ quan đang chịu trách nhiệm về kiến nghị mới thực hiện được việc này.',
  'recommendation.not-closed': 'Chỉ mở lại được kiến nghị đã kết thúc theo dõi.',
  'recommendation.not-issued': 'Kiến nghị chưa được ban hành.',
  'recommendation.part-foreign':
    'Câu hỏi chất vấn hoặc kết luận được nêu chưa được ghi nhận trong phiên này.',
  'recommendation.response-not-due':
    'Đã có văn bản trả lời; chỉ cần trả lời lại khi văn bản đó được đánh giá chưa đáp ứng yêu cầu.',
  'recommendation.text-required': 'Vui lòng nhập nội dung kiến nghị.',
  'source.not-recorded': 'Không tìm thấy phiên họp, hoạt động giám sát mà kiến nghị xuất phát.',
  'reopening.before-closure': 'Không thể mở lại kiến nghị trước ngày kết thúc theo dõi.',
  'reopening.reason-required': 'Vui lòng nêu lý do mở lại kiến nghị.',
  'response.already-assessed': 'Văn bản trả lời này đã được đánh giá.',
  'response.already-recorded': 'Văn bản trả lời này đã được ghi nhận.',
  'response.before-assessment':
    'Văn bản trả lời không thể trước lần đánh giá đã yêu cầu trả lời lại.',
  'response.commitment-due-in-past': 'Hạn của cam kết không thể trước ngày văn bản trả lời.',
  'response.commitment-repeated': 'Một cam kết được ghi hai lần.',
  'response.commitment-text-required': 'Mỗi cam kết cần nêu rõ việc sẽ làm.',
  'response.explanation-required': 'Không tiếp thu kiến nghị thì cần có giải trình của cơ quan.',
  'response.rejection-with-commitments': 'Văn bản không tiếp thu thì không kèm cam kết.',
  'response.superseded': 'Chỉ đánh giá được văn bản trả lời mới nhất.',
  'response.text-required': 'Vui lòng nhập nội dung văn bản trả lời.',
  'response.unknown': 'Không có văn bản trả lời này trong kiến nghị.',

  'explanation-session.already-concluded': 'Kết luận của phiên giải trình này đã được ghi nhận.',
  'explanation-session.already-held': 'Phiên giải trình này đã được ghi nhận.',
  'explanation-session.conclusion-before-session': 'Kết luận không thể có trước phiên giải trình.',
  'explanation-session.conclusion-required':
    'Vui lòng nhập nội dung kết luận: cơ quan phải làm gì, đến khi nào.',
  'explanation-session.issue-required': 'Vui lòng nhập vấn đề được giải trình.',
  'explanation-session.not-held': 'Không tìm thấy phiên giải trình.',
  'explanation-session.supervisor-name-required': 'Vui lòng nêu tên Ban tổ chức phiên giải trình.',
  'explanation-session.supervisor-not-holder':
    'Phiên giải trình do Thường trực HĐND hoặc Ban của HĐND tổ chức.',
  'interpellation.already-held': 'Phiên chất vấn này đã được ghi nhận.',
  'interpellation.already-resolved': 'Nghị quyết sau phiên chất vấn này đã được ghi nhận.',
  'interpellation.meeting-required': 'Vui lòng nhập kỳ họp của phiên chất vấn.',
  'interpellation.not-held': 'Không tìm thấy phiên chất vấn.',
  'interpellation.resolution-before-session': 'Nghị quyết không thể có trước phiên chất vấn.',
  'interpellation.resolution-required': 'Vui lòng nhập số nghị quyết và cơ quan ban hành.',
  'interpellation.summary-required': 'Vui lòng nhập nội dung nghị quyết yêu cầu.',
  'interpellation.supervisor-name-required':
    'Vui lòng nêu tên Ban, Tổ đại biểu hoặc đại biểu giám sát.',
  'interpellation.title-required': 'Vui lòng nhập tên phiên chất vấn.',
  'question.already-recorded': 'Câu hỏi này đã được ghi nhận.',
  'question.answer-required': 'Vui lòng nhập nội dung trả lời.',
  'question.answerer-required': 'Vui lòng nhập người trả lời chất vấn.',
  'question.asker-required': 'Vui lòng nhập đại biểu chất vấn.',
  'question.before-session': 'Câu hỏi không thể có trước phiên chất vấn.',
  'question.question-required': 'Vui lòng nhập nội dung câu hỏi.',
  'petition-round.already-opened': 'Đợt kiến nghị cử tri này đã được ghi nhận.',
  'petition-round.due-not-after-forwarding':
    'Hạn trả lời kiến nghị cử tri phải sau ngày chuyển kiến nghị đến các cơ quan.',
  'petition-round.meeting-required': 'Vui lòng nhập kỳ họp mà các kiến nghị cử tri hướng tới.',
  'petition-round.not-opened': 'Không tìm thấy đợt kiến nghị cử tri.',
  'petition-round.supervisor-name-required':
    'Vui lòng nêu tên Ban, Tổ đại biểu hoặc đại biểu giám sát việc trả lời kiến nghị cử tri.',
  'petition-round.title-required': 'Vui lòng nhập tên đợt kiến nghị cử tri.',
  'petition.already-recorded': 'Kiến nghị cử tri này đã được ghi nhận với nội dung khác.',
  'petition.none': 'Vui lòng gửi ít nhất một kiến nghị cử tri.',
  'petition.repeated': 'Một kiến nghị cử tri được gửi hai lần.',
  'petition.text-required': 'Vui lòng nhập nội dung kiến nghị cử tri.',
  'petition.voters-required': 'Vui lòng nêu nơi, đơn vị cử tri nêu kiến nghị.',
  'obstacle.already-recorded': 'Khó khăn, vướng mắc này đã được ghi nhận.',
  'obstacle.already-resolved': 'Khó khăn, vướng mắc này đã được tháo gỡ.',
  'obstacle.before-previous-step': 'Ngày này trước lần giao hoặc chuyển cơ quan gần nhất.',
  'obstacle.date-before-record': 'Ngày này trước ngày ghi nhận khó khăn, vướng mắc.',
  'obstacle.evidence-incomplete':
    'Mỗi tài liệu minh chứng cần có tên và số, ký hiệu hoặc đường dẫn.',
  'obstacle.merge-into-self': 'Không thể gộp khó khăn, vướng mắc vào chính nó.',
  'obstacle.merge-target-closed': 'Khó khăn, vướng mắc được gộp vào đã được tháo gỡ hoặc đã gộp.',
  'obstacle.merge-target-unknown': 'Khó khăn, vướng mắc được gộp vào không tồn tại.',
  'obstacle.merged':
    'Khó khăn, vướng mắc này đã được gộp vào một khó khăn, vướng mắc khác; vui lòng xử lý tại đó.',
  'obstacle.not-recorded': 'Khó khăn, vướng mắc này chưa được ghi nhận.',
  'obstacle.not-responsible':
    'Chỉ chuyển cho đơn vị kế thừa những khó khăn, vướng mắc do cơ quan đang chịu trách nhiệm.',
  'obstacle.referral-note-required': 'Vui lòng nêu nội dung đề nghị cơ quan có thẩm quyền xử lý.',
  'obstacle.resolution-required': 'Vui lòng nêu cách khó khăn, vướng mắc đã được tháo gỡ.',
  'obstacle.statement-required': 'Vui lòng nhập nội dung khó khăn, vướng mắc.',

  'user.agency-abolished':
    'Cơ quan, đơn vị không còn tồn tại; vui lòng gắn người dùng với đơn vị kế thừa.',
  'user.agency-not-allowed':
    'Chỉ tài khoản của cơ quan được kiến nghị mới gắn với một cơ quan, đơn vị.',
  'user.agency-required': 'Tài khoản của cơ quan được kiến nghị cần gắn với một cơ quan, đơn vị.',
  'user.agency-unknown': 'Cơ quan, đơn vị này chưa được đăng ký.',
  'user.already-disabled': 'Tài khoản này đã bị khóa.',
  'user.already-registered': 'Tài khoản này đã được tạo.',
  'user.delegation-unknown': 'Đoàn giám sát này chưa được thành lập.',
  'user.delegations-not-allowed': 'Chỉ thành viên đoàn mới gắn với đoàn giám sát.',
  'user.delegations-repeated': 'Một đoàn giám sát được ghi hai lần.',
  'user.disable-reason-required': 'Vui lòng nêu lý do khóa tài khoản.',
  'user.disable-self':
    'Không thể tự khóa tài khoản của chính mình; hãy nhờ một quản trị viên khác.',
  'user.display-name-required': 'Vui lòng nhập họ và tên.',
  'user.email-invalid': 'Địa chỉ e-mail không hợp lệ.',
  'user.enable-reason-required': 'Vui lòng nêu lý do mở khóa tài khoản.',
  'user.grant-reason-required': 'Vui lòng nêu lý do phân quyền.',
  'user.not-disabled': 'Tài khoản này không bị khóa.',
  'user.not-registered': 'Tài khoản này không tồn tại.',
  'user.role-unknown': 'Vai trò này không có trong hệ thống.',
  'user.username-invalid':
    'Tên đăng nhập gồm 3 đến 64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.',
  'user.username-taken': 'Tên đăng nhập này đã được sử dụng.',

  'webhook.already-disabled': 'Webhook này đã bị tắt.',
  'webhook.already-registered': 'Webhook này đã được đăng ký.',
  'webhook.event-unknown': 'Có loại sự kiện không được hỗ trợ gửi đi.',
  'webhook.no-events': 'Vui lòng chọn ít nhất một loại sự kiện.',
  'webhook.not-registered': 'Webhook này chưa được đăng ký.',
  'webhook.reason-required': 'Vui lòng nêu lý do tắt webhook.',
  'webhook.url-invalid':
    'Địa chỉ webhook phải là http hoặc https, có tên máy chủ và không kèm mật khẩu.',

  'date.in-future':
    'Ngày này sau ngày hôm nay; chỉ ghi nhận quyết định vào hoặc sau ngày của quyết định.',
  'transfer.basis-required': 'Việc chuyển giao cần có căn cứ pháp lý.',
  'transfer.before-last-handover': 'Ngày chuyển giao không thể trước lần chuyển giao gần nhất.',
  'transfer.same-agency': 'Cơ quan, đơn vị không thể kế thừa chính mình.',
} as const satisfies Record<BusinessRuleCode, string>;
