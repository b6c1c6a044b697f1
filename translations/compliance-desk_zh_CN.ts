<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>cd::AboutReport</name>
    <message>
        <source>About this vault</source>
        <translation>关于此加密数据库</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Compliance Desk version</source>
        <translation>Compliance Desk 版本</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>SQLCipher version</source>
        <translation>SQLCipher 版本</translation>
    </message>
    <message>
        <source>Vault format this program writes</source>
        <translation>本程序写入的加密数据库格式</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation>加密数据库 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Vault format</source>
        <translation>加密数据库格式</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目数</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>SQLCipher, AES-256, %1-byte pages, PBKDF2-HMAC-SHA1 (%2 iterations), HMAC-SHA1 on every page</source>
        <translation>SQLCipher，AES-256，%1 字节页，PBKDF2-HMAC-SHA1（%2 次迭代），每页 HMAC-SHA1 校验</translation>
    </message>
    <message>
        <source>Records by table</source>
        <translation>各表记录数</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>The vault holds no records yet</source>
        <translation>加密数据库中尚无记录</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>各表行数</translation>
    </message>
</context>
<context>
    <name>cd::Accounts</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>An account name has 2 to 64 letters, digits or . _ - @, without spaces.</source>
        <translation>账户名由 2 至 64 个字母、数字或 . _ - @ 组成，不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s display name.</source>
        <translation>请输入此人的显示名称。</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>不存在名为 %1 的账户。</translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation>名为 %1 的账户已存在。</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another account an administrator first.</source>
        <translation>这是最后一个启用中的管理员账户；请先将另一个账户设为管理员。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>cd::Activities</name>
    <message>
        <source>Register of processing activities</source>
        <translation>个人信息处理活动记录</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>处理活动</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>数据出境</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>Policy section</source>
        <translation>政策章节</translation>
    </message>
    <message>
        <source>No processing activities recorded.</source>
        <translation>尚无处理活动记录。</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>个人信息处理活动</translation>
    </message>
    <message>
        <source>* sensitive personal information (PIPL art. 28)</source>
        <translation>* 敏感个人信息（《个人信息保护法》第二十八条）</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订日</translation>
    </message>
    <message>
        <source>Contract expires</source>
        <translation>合同到期日</translation>
    </message>
    <message>
        <source>Data entrusted</source>
        <translation>委托处理的数据</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>安全保护措施</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>最近一次审计</translation>
    </message>
    <message>
        <source>No processors recorded.</source>
        <translation>尚无受托人记录。</translation>
    </message>
    <message>
        <source>Entrusted processors (PIPL art. 21)</source>
        <translation>受托人（《个人信息保护法》第二十一条）</translation>
    </message>
    <message>
        <source>Cross-border check</source>
        <translation>数据出境检查</translation>
    </message>
    <message>
        <source>Activities transferring abroad</source>
        <translation>涉及数据出境的处理活动</translation>
    </message>
    <message>
        <source>People since 1 January</source>
        <translation>自1月1日起累计人数</translation>
    </message>
    <message>
        <source>Of them, sensitive personal information</source>
        <translation>其中涉及敏感个人信息</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>适用机制</translation>
    </message>
    <message>
        <source>The data category &quot;%1&quot; is not in the managed list.</source>
        <translation>数据类别“%1”不在管理列表中。</translation>
    </message>
    <message>
        <source>Processor %1 does not exist.</source>
        <translation>受托人 %1 不存在。</translation>
    </message>
    <message>
        <source>Consent (art. 13(1))</source>
        <translation>取得个人同意（第十三条第一项）</translation>
    </message>
    <message>
        <source>Contract with the person (art. 13(2))</source>
        <translation>订立、履行合同所必需（第十三条第二项）</translation>
    </message>
    <message>
        <source>Human-resources management (art. 13(2))</source>
        <translation>人力资源管理所必需（第十三条第二项）</translation>
    </message>
    <message>
        <source>Legal duty (art. 13(3))</source>
        <translation>履行法定职责或者法定义务所必需（第十三条第三项）</translation>
    </message>
    <message>
        <source>Public-health emergency or protecting life (art. 13(4))</source>
        <translation>应对突发公共卫生事件或保护生命健康和财产安全所必需（第十三条第四项）</translation>
    </message>
    <message>
        <source>News reporting in the public interest (art. 13(5))</source>
        <translation>为公共利益实施新闻报道、舆论监督（第十三条第五项）</translation>
    </message>
    <message>
        <source>Information already made public (art. 13(6))</source>
        <translation>处理已经合法公开的个人信息（第十三条第六项）</translation>
    </message>
    <message>
        <source>Other laws and regulations (art. 13(7))</source>
        <translation>法律、行政法规规定的其他情形（第十三条第七项）</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>无需评估</translation>
    </message>
    <message>
        <source>Required, none recorded</source>
        <translation>需要评估，尚无记录</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复评已逾期</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No activity transfers data abroad</source>
        <translation>无数据出境的处理活动</translation>
    </message>
    <message>
        <source>Exempt from the three mechanisms</source>
        <translation>免于申报安全评估、订立标准合同或认证</translation>
    </message>
    <message>
        <source>Standard contract or certification</source>
        <translation>订立标准合同或通过个人信息保护认证</translation>
    </message>
    <message>
        <source>Security assessment by the CAC</source>
        <translation>申报数据出境安全评估</translation>
    </message>
    <message>
        <source>Name the processing activity.</source>
        <translation>请填写处理活动名称。</translation>
    </message>
    <message>
        <source>State the purpose of the processing.</source>
        <translation>请填写处理目的。</translation>
    </message>
    <message>
        <source>Pick the categories of personal information processed.</source>
        <translation>请选择处理的个人信息类别。</translation>
    </message>
    <message>
        <source>Name the country or region the data goes to.</source>
        <translation>请填写数据出境的国家或地区。</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>The assessment review cycle is between 1 and 120 months.</source>
        <translation>评估复评周期须在 1 至 120 个月之间。</translation>
    </message>
    <message>
        <source>The processing activity cannot be saved.</source>
        <translation>无法保存该处理活动。</translation>
    </message>
    <message>
        <source>Processing activity %1 no longer exists.</source>
        <translation>处理活动 %1 已不存在。</translation>
    </message>
    <message>
        <source>This activity has impact assessments, which are kept at least three years; it cannot be removed.</source>
        <translation>该处理活动有个人信息保护影响评估记录，须至少保存三年，不能删除。</translation>
    </message>
    <message>
        <source>Processing activity %1 does not exist.</source>
        <translation>处理活动 %1 不存在。</translation>
    </message>
    <message>
        <source>sensitive personal information (art. 55(1))</source>
        <translation>处理敏感个人信息（第五十五条第一项）</translation>
    </message>
    <message>
        <source>automated decision-making (art. 55(2))</source>
        <translation>利用个人信息进行自动化决策（第五十五条第二项）</translation>
    </message>
    <message>
        <source>entrusting, providing to others or publishing (art. 55(3))</source>
        <translation>委托处理、向他人提供或公开个人信息（第五十五条第三项）</translation>
    </message>
    <message>
        <source>transfer abroad (art. 55(4))</source>
        <translation>向境外提供个人信息（第五十五条第四项）</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>请填写评估日期。</translation>
    </message>
    <message>
        <source>The assessment date lies in the future.</source>
        <translation>评估日期晚于今天。</translation>
    </message>
    <message>
        <source>Answer whether the purpose and method are lawful, proper and necessary (art. 56(1)).</source>
        <translation>请回答处理目的、处理方式等是否合法、正当、必要（第五十六条第一项）。</translation>
    </message>
    <message>
        <source>Describe the impact on the people and the risks (art. 56(2)).</source>
        <translation>请说明对个人权益的影响及安全风险（第五十六条第二项）。</translation>
    </message>
    <message>
        <source>Answer whether the protection measures are lawful, effective and proportionate (art. 56(3)).</source>
        <translation>请回答所采取的保护措施是否合法、有效并与风险程度相适应（第五十六条第三项）。</translation>
    </message>
    <message>
        <source>State the conclusion.</source>
        <translation>请填写评估结论。</translation>
    </message>
    <message>
        <source>Name who approved the assessment.</source>
        <translation>请填写评估批准人。</translation>
    </message>
    <message>
        <source>The impact assessment cannot be saved.</source>
        <translation>无法保存该影响评估。</translation>
    </message>
    <message>
        <source>Impact assessment %1 does not exist.</source>
        <translation>影响评估 %1 不存在。</translation>
    </message>
    <message>
        <source>Impact assessments are kept at least three years (PIPL art. 56); this one can be deleted from %1.</source>
        <translation>个人信息保护影响评估报告至少保存三年（《个人信息保护法》第五十六条）；本评估自 %1 起方可删除。</translation>
    </message>
    <message>
        <source>Name the processor.</source>
        <translation>请填写受托人名称。</translation>
    </message>
    <message>
        <source>Enter when the entrustment contract was signed (PIPL art. 21).</source>
        <translation>请填写委托处理合同的签订日期（《个人信息保护法》第二十一条）。</translation>
    </message>
    <message>
        <source>The contract cannot expire before it was signed.</source>
        <translation>合同到期日不能早于签订日。</translation>
    </message>
    <message>
        <source>Remind between 0 and 365 days before the contract expires.</source>
        <translation>到期提醒须在合同到期前 0 至 365 天之间。</translation>
    </message>
    <message>
        <source>The processor cannot be saved.</source>
        <translation>无法保存该受托人。</translation>
    </message>
    <message>
        <source>Processor %1 no longer exists.</source>
        <translation>受托人 %1 已不存在。</translation>
    </message>
    <message>
        <source>Disclosure %1 does not exist.</source>
        <translation>共享记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>The last audit cannot lie in the future.</source>
        <translation>最近一次审计的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The next review comes after the last audit.</source>
        <translation>下次复核日期须晚于最近一次审计日期。</translation>
    </message>
</context>
<context>
    <name>cd::Attachments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller file.</source>
        <translation>%1 超过 %2 MB，请附加较小的文件。</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>文件需要名称。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>The attachment does not match its recorded SHA-256 hash; it may have been altered.</source>
        <translation>附件与记录的 SHA-256 哈希不一致，可能已被篡改。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::Audit</name>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was removed, inserted or moved here.</source>
        <translation>第 %1 条日志条目与前一条不衔接：此处有条目被删除、插入或移动过。</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation>第 %1 条日志条目在写入后被篡改。</translation>
    </message>
    <message>
        <source>The log ends early: %1 entries were written but only %2 remain.</source>
        <translation>日志提前结束：共写入 %1 条条目，但只剩 %2 条。</translation>
    </message>
    <message>
        <source>The record of the log&apos;s last entry is missing.</source>
        <translation>日志最后一条条目的记录缺失。</translation>
    </message>
    <message>
        <source>The audit log is shorter than when this computer last saw it: %1 entries now, %2 then. Entries were removed, or an older copy of the vault was put in its place. If nobody here restored a backup, report this to the security officer.</source>
        <translation>审计日志比本机上次看到时更短：现在 %1 条，当时 %2 条。可能有条目被删除，或加密数据库被替换为较旧的副本。如果这里没有人从备份恢复过，请报告安全负责人。</translation>
    </message>
    <message>
        <source>The audit log differs from what this computer last saw: entry %1 is not the entry recorded then. The log was rewritten, or another copy of the vault was put in its place. If nobody here restored a backup, report this to the security officer.</source>
        <translation>审计日志与本机上次看到的不一致：第 %1 条已不是当时记录的条目。日志可能被改写，或加密数据库被替换为另一份副本。如果这里没有人从备份恢复过，请报告安全负责人。</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>更改本人密码</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attachment copied out of the vault</source>
        <translation>将附件复制到加密数据库外</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>登记披露事件</translation>
    </message>
    <message>
        <source>Disclosure register exported</source>
        <translation>导出共享、转让与公开披露记录</translation>
    </message>
    <message>
        <source>Disclosure deleted</source>
        <translation>删除披露事件</translation>
    </message>
    <message>
        <source>Disclosure changed</source>
        <translation>修改披露事件</translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>Incident register exported</source>
        <translation>导出事件登记册</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>登记告知</translation>
    </message>
    <message>
        <source>Regulator report recorded</source>
        <translation>登记监管报告</translation>
    </message>
    <message>
        <source>Incident deleted</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Incident status changed</source>
        <translation>更改事件状态</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>修改事件</translation>
    </message>
    <message>
        <source>Control catalogue loaded</source>
        <translation>载入控制措施目录</translation>
    </message>
    <message>
        <source>Controls changed together</source>
        <translation>批量修改控制措施</translation>
    </message>
    <message>
        <source>Control changed</source>
        <translation>修改控制措施</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Statement of Applicability approved</source>
        <translation>批准适用性声明</translation>
    </message>
    <message>
        <source>Statement of Applicability exported</source>
        <translation>导出适用性声明</translation>
    </message>
    <message>
        <source>Statement of Applicability details changed</source>
        <translation>修改适用性声明详情</translation>
    </message>
    <message>
        <source>Policy document created</source>
        <translation>新建政策文档</translation>
    </message>
    <message>
        <source>Policy document renamed</source>
        <translation>重命名政策文档</translation>
    </message>
    <message>
        <source>Change notification planned</source>
        <translation>安排变更告知</translation>
    </message>
    <message>
        <source>Change notification sent</source>
        <translation>变更告知已发出</translation>
    </message>
    <message>
        <source>Policy version drafted</source>
        <translation>起草政策版本</translation>
    </message>
    <message>
        <source>Policy draft deleted</source>
        <translation>删除政策草稿</translation>
    </message>
    <message>
        <source>Policy version superseded</source>
        <translation>政策版本被取代</translation>
    </message>
    <message>
        <source>Policy version status changed</source>
        <translation>更改政策版本状态</translation>
    </message>
    <message>
        <source>Policy version changed</source>
        <translation>修改政策版本</translation>
    </message>
    <message>
        <source>Information category added</source>
        <translation>添加信息类别</translation>
    </message>
    <message>
        <source>Information category changed</source>
        <translation>修改信息类别</translation>
    </message>
    <message>
        <source>Request assigned</source>
        <translation>分配请求</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>登记请求</translation>
    </message>
    <message>
        <source>Data package exported</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Personal data deleted for a request</source>
        <translation>按请求删除个人信息</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Letter template changed</source>
        <translation>修改函件模板</translation>
    </message>
    <message>
        <source>Linked records changed</source>
        <translation>更改关联记录</translation>
    </message>
    <message>
        <source>Deletion certificate signed off</source>
        <translation>签核删除证明</translation>
    </message>
    <message>
        <source>Request state changed</source>
        <translation>更改请求状态</translation>
    </message>
    <message>
        <source>Working-day calendar saved</source>
        <translation>保存工作日日历</translation>
    </message>
    <message>
        <source>Deadline rule changed</source>
        <translation>更改截止期限规则</translation>
    </message>
    <message>
        <source>Vault rule changed</source>
        <translation>更改加密数据库规则</translation>
    </message>
    <message>
        <source>Submissions changed together</source>
        <translation>批量修改联系记录</translation>
    </message>
    <message>
        <source>Submission recorded</source>
        <translation>登记联系记录</translation>
    </message>
    <message>
        <source>Submissions exported</source>
        <translation>导出联系记录</translation>
    </message>
    <message>
        <source>Submissions imported</source>
        <translation>导入联系记录</translation>
    </message>
    <message>
        <source>Submissions printed</source>
        <translation>打印联系记录</translation>
    </message>
    <message>
        <source>Submissions purged after the retention period</source>
        <translation>清除超过保存期限的联系记录</translation>
    </message>
    <message>
        <source>Submission changed</source>
        <translation>修改联系记录</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <source>Vault passphrase changed</source>
        <translation>更改加密数据库口令</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>创建加密数据库</translation>
    </message>
    <message>
        <source>Vault restored from a backup</source>
        <translation>从备份恢复加密数据库</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>校验加密数据库</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <source>Control catalogue</source>
        <translation>控制措施目录</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>披露事件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>个人信息安全事件</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>函件模板</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>政策文档</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>Information category</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <source>Rights request</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <source>Vault rule</source>
        <translation>加密数据库规则</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>适用性声明</translation>
    </message>
    <message>
        <source>Contact submission</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Advice to individuals</source>
        <translation>对个人的建议</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件数</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Basis details</source>
        <translation>依据详情</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>被取代为</translation>
    </message>
    <message>
        <source>Information involved</source>
        <translation>涉及的个人信息</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>变更摘要</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>English characters</source>
        <translation>英文字符数</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation>延长月数</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>Deletion ground</source>
        <translation>删除依据</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由说明</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>上次复核</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Material change</source>
        <translation>重大变更</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>身份核验方式</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Working days paused</source>
        <translation>暂停的工作日数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Possible harm</source>
        <translation>可能造成的危害</translation>
    </message>
    <message>
        <source>Possible minor</source>
        <translation>疑似未成年人</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation>纳入理由</translation>
    </message>
    <message>
        <source>Recipient contact</source>
        <translation>接收方联系方式</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>接收方类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Remedies offered</source>
        <translation>提供的补救措施</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Review cycle (months)</source>
        <translation>复核周期（月）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation>保存期限（月）</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签核人</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>联系记录数</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表数</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Identity verification method</source>
        <translation>身份核验方式</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>核验时间</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休补班日</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>中文字符数</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Vault that could not be opened replaced by a backup</source>
        <translation>用备份替换了无法打开的加密数据库</translation>
    </message>
    <message>
        <source>People erased again</source>
        <translation>再次删除的个人</translation>
    </message>
    <message>
        <source>Records erased again</source>
        <translation>再次删除的记录</translation>
    </message>
    <message>
        <source>Erasure ledgers of other copies</source>
        <translation>其他副本的删除记录表</translation>
    </message>
    <message>
        <source>Processing activity recorded</source>
        <translation>已记录处理活动</translation>
    </message>
    <message>
        <source>Processing activity deleted</source>
        <translation>已删除处理活动</translation>
    </message>
    <message>
        <source>Processing activity changed</source>
        <translation>已修改处理活动</translation>
    </message>
    <message>
        <source>Audit log checkpoint accepted</source>
        <translation>已确认审计日志校验点</translation>
    </message>
    <message>
        <source>Processor linked to a disclosure</source>
        <translation>已将受托人关联到共享记录</translation>
    </message>
    <message>
        <source>Earlier deletions applied again after a restore</source>
        <translation>恢复后已重新执行此前的删除</translation>
    </message>
    <message>
        <source>Incident grade set by hand</source>
        <translation>已手动确定事件级别</translation>
    </message>
    <message>
        <source>Report to the regulator filed</source>
        <translation>已向监管部门报告</translation>
    </message>
    <message>
        <source>Facts for the regulator report changed</source>
        <translation>已修改向监管部门报告的事件信息</translation>
    </message>
    <message>
        <source>Impact assessment recorded</source>
        <translation>已记录影响评估</translation>
    </message>
    <message>
        <source>Impact assessment deleted</source>
        <translation>已删除影响评估</translation>
    </message>
    <message>
        <source>Processor added</source>
        <translation>已添加受托人</translation>
    </message>
    <message>
        <source>Processor changed</source>
        <translation>已修改受托人</translation>
    </message>
    <message>
        <source>Possible matches reviewed</source>
        <translation>已处理可能相符的记录</translation>
    </message>
    <message>
        <source>Rejected import rows saved</source>
        <translation>已导出被拒绝的导入行</translation>
    </message>
    <message>
        <source>Vault passphrase change attempted</source>
        <translation>曾尝试更改加密数据库口令</translation>
    </message>
    <message>
        <source>Vault checked in depth</source>
        <translation>已深度检查加密数据库</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>处理活动</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>告知时间</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>告知人</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Handling ended</source>
        <translation>处置结束时间</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Assessment review cycle (months)</source>
        <translation>影响评估复评周期（月）</translation>
    </message>
    <message>
        <source>Police case number</source>
        <translation>公安机关案件编号</translation>
    </message>
    <message>
        <source>Reported to the police on</source>
        <translation>向公安机关报案日期</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Automated decision-making</source>
        <translation>自动化决策</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>告知渠道</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contract expires</source>
        <translation>合同到期日</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订日</translation>
    </message>
    <message>
        <source>Crime suspected</source>
        <translation>涉嫌违法犯罪</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>数据出境</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Hours of disruption</source>
        <translation>中断时长（小时）</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>People deleted again</source>
        <translation>再次删除的人数</translation>
    </message>
    <message>
        <source>Records deleted again</source>
        <translation>再次删除的记录数</translation>
    </message>
    <message>
        <source>Deleted earlier</source>
        <translation>此前已删除</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Hours to report</source>
        <translation>报告时限（小时）</translation>
    </message>
    <message>
        <source>Impact and risks</source>
        <translation>影响及风险</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Includes minors</source>
        <translation>含未成年人</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>最近一次审计</translation>
    </message>
    <message>
        <source>Lawful purpose</source>
        <translation>目的合法性</translation>
    </message>
    <message>
        <source>Erasure ledger</source>
        <translation>删除台账</translation>
    </message>
    <message>
        <source>Loss (yuan)</source>
        <translation>损失（元）</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>保护措施</translation>
    </message>
    <message>
        <source>Effect of the measures</source>
        <translation>措施效果</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步措施</translation>
    </message>
    <message>
        <source>English notice</source>
        <translation>英文告知内容</translation>
    </message>
    <message>
        <source>Chinese notice</source>
        <translation>中文告知内容</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>被代理人</translation>
    </message>
    <message>
        <source>Kind of network operator</source>
        <translation>网络运营者类型</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason for the grade</source>
        <translation>定级理由</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>密码哈希</translation>
    </message>
    <message>
        <source>People this year</source>
        <translation>本年度人数</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Policy section</source>
        <translation>政策章节</translation>
    </message>
    <message>
        <source>Index entries</source>
        <translation>索引条目</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>Proposed grade</source>
        <translation>研判建议级别</translation>
    </message>
    <message>
        <source>Provides or publishes</source>
        <translation>向他人提供或公开</translation>
    </message>
    <message>
        <source>Ransom demand</source>
        <translation>勒索要求</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>勒索软件</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Regulator&apos;s reference</source>
        <translation>监管部门编号</translation>
    </message>
    <message>
        <source>Reported to the regulator</source>
        <translation>向监管部门报告时间</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>请求人</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>People with sensitive information</source>
        <translation>涉及敏感个人信息的人数</translation>
    </message>
    <message>
        <source>People with sensitive information this year</source>
        <translation>本年度涉及敏感个人信息的人数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>个人信息主体</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Leads for tracing</source>
        <translation>溯源线索</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>发展趋势</translation>
    </message>
    <message>
        <source>Days of notice before a policy change</source>
        <translation>政策变更生效前的告知天数</translation>
    </message>
    <message>
        <source>Policy approval by a second person</source>
        <translation>政策版本须由另一人批准</translation>
    </message>
    <message>
        <source>Hours to report an incident</source>
        <translation>事件报告时限（小时）</translation>
    </message>
    <message>
        <source>Incident grade to report</source>
        <translation>须报告的事件级别</translation>
    </message>
    <message>
        <source>Operator name on regulator reports</source>
        <translation>向监管部门报告所用的运营者名称</translation>
    </message>
    <message>
        <source>Deadline rule for rights requests</source>
        <translation>权利请求截止期限规则</translation>
    </message>
    <message>
        <source>Retention period of contact submissions</source>
        <translation>联系记录保存期限</translation>
    </message>
    <message>
        <source>Access completed</source>
        <translation>查阅请求已办结</translation>
    </message>
    <message>
        <source>Correction completed</source>
        <translation>更正请求已办结</translation>
    </message>
    <message>
        <source>Deletion completed</source>
        <translation>删除请求已办结</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>请求已办结</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>请求已驳回</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>请求已撤回</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Compliance-audit cycle changed</source>
        <translation>更改合规审计周期</translation>
    </message>
    <message>
        <source>Compliance audit added</source>
        <translation>新增合规审计</translation>
    </message>
    <message>
        <source>Compliance-audit finding added</source>
        <translation>新增合规审计发现的问题</translation>
    </message>
    <message>
        <source>Compliance-audit finding closed</source>
        <translation>关闭合规审计发现的问题</translation>
    </message>
    <message>
        <source>Compliance audit changed</source>
        <translation>更改合规审计</translation>
    </message>
    <message>
        <source>Evidence owner or expiry set</source>
        <translation>设置证据负责人或到期日</translation>
    </message>
    <message>
        <source>Policy contents check changed</source>
        <translation>更改隐私政策内容核对</translation>
    </message>
    <message>
        <source>Personal information protection officer changed</source>
        <translation>更改个人信息保护负责人</translation>
    </message>
    <message>
        <source>Compliance-audit finding</source>
        <translation>合规审计发现的问题</translation>
    </message>
    <message>
        <source>Compliance audit</source>
        <translation>合规审计</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Data entrusted</source>
        <translation>委托处理的数据</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>核对项</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ordered by a regulator</source>
        <translation>监管部门要求</translation>
    </message>
    <message>
        <source>Reminder days</source>
        <translation>提醒天数</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>安全保护措施</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>Compliance-audit cycle</source>
        <translation>合规审计周期</translation>
    </message>
    <message>
        <source>Personal information protection officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Contact of the personal information protection officer</source>
        <translation>个人信息保护负责人的联系方式</translation>
    </message>
    <message>
        <source>handler&apos;s name and contact</source>
        <translation>处理者名称和联系方式</translation>
    </message>
    <message>
        <source>purposes, methods and categories</source>
        <translation>处理目的、方式和种类</translation>
    </message>
    <message>
        <source>list of collected information</source>
        <translation>收集个人信息清单</translation>
    </message>
    <message>
        <source>necessity of sensitive information</source>
        <translation>敏感个人信息的必要性</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>third-party provision list</source>
        <translation>向第三方提供清单</translation>
    </message>
    <message>
        <source>how to exercise rights</source>
        <translation>行使权利的方式</translation>
    </message>
    <message>
        <source>complaint channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>rules for minors under 14</source>
        <translation>未满十四周岁未成年人规则</translation>
    </message>
    <message>
        <source>officer&apos;s contact</source>
        <translation>负责人的联系方式</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Revised version</source>
        <translation>所修订的版本</translation>
    </message>
    <message>
        <source>Years of the working-day calendar</source>
        <translation>工作日日历的年份</translation>
    </message>
</context>
<context>
    <name>cd::AuditReport</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>records of type %1</source>
        <translation>记录类型：%1</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>审计链校验</translation>
    </message>
    <message>
        <source>The hash chain of all %1 entries verifies. Head hash: %2</source>
        <translation>全部 %1 条条目的哈希链校验通过。链头哈希：%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>变更字段</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>没有匹配的条目。</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>The newest %1 of %2 entries are listed; narrow the filter to print the rest.</source>
        <translation>仅列出 %2 条中最新的 %1 条；如需打印其余条目，请缩小筛选范围。</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>操作：%1</translation>
    </message>
</context>
<context>
    <name>cd::Audits</name>
    <message>
        <source>Closed</source>
        <comment>finding status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <comment>finding status</comment>
        <translation>未关闭，已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>finding status</comment>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Personal information protection compliance audit report</source>
        <translation>个人信息保护合规审计报告</translation>
    </message>
    <message>
        <source>Compliance audit %1 as of %2</source>
        <translation>合规审计 %1，截至 %2</translation>
    </message>
    <message>
        <source>The audit</source>
        <translation>审计概况</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>审计范围</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计机构</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>要求审计的部门</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>要求日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>审计结论</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审计发现</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审计发现</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No findings recorded.</source>
        <translation>未记录审计发现。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>共 %n 项审计发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 项未关闭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n 项已关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule of periodic audits</source>
        <translation>定期合规审计计划</translation>
    </message>
    <message>
        <source>People whose information the vault holds</source>
        <translation>加密数据库中个人信息涉及的人数</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>At least every two years: more than 10,000,000 people (%1)</source>
        <translation>至少每两年一次：处理超过 1000 万人的个人信息（%1）</translation>
    </message>
    <message numerus="yes">
        <source>The office&apos;s own cycle of %n month(s) (PIPL art. 54)</source>
        <translation>
            <numerusform>本单位自定周期：每 %n 个月（《个人信息保护法》第五十四条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Last completed periodic audit</source>
        <translation>最近一次完成的定期审计</translation>
    </message>
    <message>
        <source>Next periodic audit due</source>
        <translation>下一次定期审计截止日期</translation>
    </message>
    <message>
        <source>The vault holds the personal information of 1,000,000 people or more: name a personal information protection officer (PIPL art. 52).</source>
        <translation>加密数据库中的个人信息涉及 100 万人以上：请指定个人信息保护负责人（《个人信息保护法》第五十二条）。</translation>
    </message>
    <message>
        <source>periodic audit (required every two years)</source>
        <translation>定期合规审计（法定每两年至少一次）</translation>
    </message>
    <message>
        <source>periodic audit (the office&apos;s cycle)</source>
        <translation>定期合规审计（本单位周期）</translation>
    </message>
    <message>
        <source>, under way</source>
        <translation>，进行中</translation>
    </message>
    <message>
        <source>Ordered by the regulator</source>
        <translation>监管部门要求的审计</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>定期审计</translation>
    </message>
    <message>
        <source>Professional institution</source>
        <translation>专业机构</translation>
    </message>
    <message>
        <source>Internal department</source>
        <translation>内部机构</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The audit cycle is between 1 and 120 months.</source>
        <translation>审计周期应在 1 至 120 个月之间。</translation>
    </message>
    <message>
        <source>The officer&apos;s name and contact are at most 200 characters each.</source>
        <translation>负责人姓名和联系方式各不超过 200 个字符。</translation>
    </message>
    <message>
        <source>Enter both the officer&apos;s name and a contact, or clear both.</source>
        <translation>请同时填写负责人姓名和联系方式，或同时清空。</translation>
    </message>
    <message>
        <source>State the scope of the audit.</source>
        <translation>请填写审计范围。</translation>
    </message>
    <message>
        <source>Name the professional institution.</source>
        <translation>请填写专业机构名称。</translation>
    </message>
    <message>
        <source>Name the authority that ordered the audit.</source>
        <translation>请填写要求审计的部门。</translation>
    </message>
    <message>
        <source>Enter the date the audit was ordered.</source>
        <translation>请填写要求审计的日期。</translation>
    </message>
    <message>
        <source>Enter the date by which the regulator wants the audit completed.</source>
        <translation>请填写监管部门要求完成审计的截止日期。</translation>
    </message>
    <message>
        <source>An audit ordered by the regulator is carried out by a professional institution.</source>
        <translation>监管部门要求的审计须委托专业机构进行。</translation>
    </message>
    <message>
        <source>The due date cannot be before the audit was ordered.</source>
        <translation>截止日期不能早于要求审计的日期。</translation>
    </message>
    <message>
        <source>The audit cannot end before it started.</source>
        <translation>审计结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Enter the date the audit ended.</source>
        <translation>请填写审计结束日期。</translation>
    </message>
    <message>
        <source>The end date lies in the future.</source>
        <translation>结束日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Texts are at most %1 characters.</source>
        <translation>文字不超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The compliance audit cannot be saved.</source>
        <translation>无法保存合规审计。</translation>
    </message>
    <message>
        <source>Compliance audit %1 does not exist.</source>
        <translation>合规审计 %1 不存在。</translation>
    </message>
    <message>
        <source>Only a privacy officer or an administrator can mark an audit completed.</source>
        <translation>只有个人信息保护负责人或管理员可以将审计标记为已完成。</translation>
    </message>
    <message>
        <source>Describe the finding.</source>
        <translation>请描述审计发现。</translation>
    </message>
    <message>
        <source>Name the finding&apos;s owner.</source>
        <translation>请填写审计发现的负责人。</translation>
    </message>
    <message>
        <source>Enter the date by which the finding is to be remedied.</source>
        <translation>请填写整改截止日期。</translation>
    </message>
    <message>
        <source>The finding cannot be saved.</source>
        <translation>无法保存审计发现。</translation>
    </message>
    <message>
        <source>Describe the evidence that the finding was remedied.</source>
        <translation>请描述已完成整改的证据。</translation>
    </message>
    <message>
        <source>Enter the date it was closed, today or earlier.</source>
        <translation>请填写关闭日期（今天或更早）。</translation>
    </message>
    <message>
        <source>The finding cannot be closed.</source>
        <translation>无法关闭审计发现。</translation>
    </message>
    <message>
        <source>Finding %1 does not exist.</source>
        <translation>审计发现 %1 不存在。</translation>
    </message>
    <message>
        <source>Finding %1 is already closed.</source>
        <translation>审计发现 %1 已关闭。</translation>
    </message>
    <message>
        <source>ISO control evidence</source>
        <translation>ISO 控制措施证据</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>Processor record</source>
        <translation>受托人记录</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>无到期日期</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>The owner is at most 200 characters.</source>
        <translation>负责人不超过 200 个字符。</translation>
    </message>
    <message>
        <source>Enter the date the evidence expires or is next reviewed.</source>
        <translation>请填写证据的到期日期或下次复核日期。</translation>
    </message>
    <message>
        <source>There is no ISO control %1.</source>
        <translation>不存在 ISO 控制措施 %1。</translation>
    </message>
    <message>
        <source>There is no impact assessment %1.</source>
        <translation>不存在影响评估 %1。</translation>
    </message>
    <message>
        <source>There is no processor %1.</source>
        <translation>不存在受托人 %1。</translation>
    </message>
</context>
<context>
    <name>cd::AutoBackup</name>
    <message>
        <source>Choose a folder for automatic backups.</source>
        <translation>请选择自动备份的文件夹。</translation>
    </message>
</context>
<context>
    <name>cd::Dashboard</name>
    <message>
        <source>Contact submissions per month</source>
        <translation>每月联系记录数</translation>
    </message>
    <message>
        <source>Contact submissions per week</source>
        <translation>每周联系记录数</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>No contact submissions in this period.</source>
        <translation>此期间没有联系记录。</translation>
    </message>
    <message>
        <source>Submissions received</source>
        <translation>收到的联系记录</translation>
    </message>
    <message>
        <source>Rights requests received, by type and outcome</source>
        <translation>收到的权利请求（按类型和结果）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <source>No rights requests received in this period.</source>
        <translation>此期间没有收到权利请求。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Compliance overview</source>
        <translation>合规概览</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Previous period: %1.</source>
        <translation>上期：%1。</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待关注事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>时限情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Nothing is late or due: no overdue requests, incident reports, notifications, reviews or submissions to delete.</source>
        <translation>没有逾期或即将到期的事项：没有已逾期的请求、事件报告、告知、复核或待删除的联系记录。</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message numerus="yes">
        <source>As of %1. Requests count working days under the vault&apos;s calendar; submissions are kept for %n month(s) after they are closed.</source>
        <translation>
            <numerusform>截至 %1。请求按本加密数据库的工作日日历计算工作日；联系记录在关闭后保存 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Regulator report for incident: %1</source>
        <translation>向监管部门报告事件：%1</translation>
    </message>
    <message>
        <source>Rights request %1 (%2)</source>
        <translation>权利请求 %1（%2）</translation>
    </message>
    <message>
        <source>Rights request %1</source>
        <translation>权利请求 %1</translation>
    </message>
    <message>
        <source>Material-change notification: %1</source>
        <translation>重大变更告知：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n closed contact submission(s) past the %1-month retention period</source>
        <translation>
            <numerusform>%n 条已关闭的联系记录已超过 %1 个月的保存期限</numerusform>
        </translation>
    </message>
    <message>
        <source>Control review: %1</source>
        <translation>控制措施复核：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact submission(s) not yet handled</source>
        <translation>
            <numerusform>%n 条新联系记录尚未处理</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>due in %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review %n day(s) overdue</source>
        <translation>
            <numerusform>复核已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n day(s) past the period</source>
        <translation>
            <numerusform>最早一条已超期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>oldest received today</source>
        <translation>最早一条为今日接收</translation>
    </message>
    <message numerus="yes">
        <source>oldest received %n day(s) ago</source>
        <translation>
            <numerusform>最早一条于 %n 天前接收</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact submissions</source>
        <translation>新联系记录</translation>
    </message>
    <message>
        <source>Open rights requests</source>
        <translation>未结权利请求</translation>
    </message>
    <message>
        <source>Requests answered on time</source>
        <translation>按时答复的请求</translation>
    </message>
    <message>
        <source>ISO 27001 controls implemented</source>
        <translation>已实施的 ISO 27001 控制措施</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未结事件</translation>
    </message>
    <message>
        <source>Disclosures in the period</source>
        <translation>本期披露记录</translation>
    </message>
    <message>
        <source>no change from the previous period</source>
        <translation>与上期持平</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>▲ %1 from the previous period</source>
        <translation>▲ 较上期增加 %1</translation>
    </message>
    <message>
        <source>▼ %1 from the previous period</source>
        <translation>▼ 较上期减少 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answered on time</source>
        <translation>
            <numerusform>%n 项中 %1 项按时答复</numerusform>
        </translation>
    </message>
    <message>
        <source>No request answered in the period</source>
        <translation>本期没有已答复的请求</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable controls</source>
        <translation>
            <numerusform>%n 项适用控制措施中的 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No applicable controls yet</source>
        <translation>尚无适用的控制措施</translation>
    </message>
    <message>
        <source>at the end of the period</source>
        <translation>截至期末</translation>
    </message>
    <message>
        <source>received in the period</source>
        <translation>本期收到</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>未结，已逾期</translation>
    </message>
    <message>
        <source>Choose a period whose start is on or before its end.</source>
        <translation>请选择开始日期不晚于结束日期的期间。</translation>
    </message>
    <message>
        <source>Choose a period of at most 20 years.</source>
        <translation>请选择不超过 20 年的期间。</translation>
    </message>
    <message>
        <source>Final summary report for incident: %1</source>
        <translation>事件总结报告：%1</translation>
    </message>
    <message>
        <source>Impact assessment for processing activity: %1</source>
        <translation>处理活动的影响评估：%1</translation>
    </message>
    <message>
        <source>Processor contract: %1</source>
        <translation>受托人合同：%1</translation>
    </message>
    <message>
        <source>Cross-border transfers: %1</source>
        <translation>数据出境：%1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>尚无记录</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已到期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>threshold crossed this year</source>
        <translation>本年度已超过阈值</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>request outcome</comment>
        <translation>未结</translation>
    </message>
    <message>
        <source>Processor review: %1</source>
        <translation>受托人复核：%1</translation>
    </message>
    <message>
        <source>Compliance audit: %1</source>
        <translation>合规审计：%1</translation>
    </message>
    <message>
        <source>Compliance-audit finding: %1</source>
        <translation>合规审计发现：%1</translation>
    </message>
    <message>
        <source>Name a personal information protection officer (%1 people)</source>
        <translation>请指定个人信息保护负责人（%1 人）</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>review due today</source>
        <translation>今日应复核</translation>
    </message>
    <message numerus="yes">
        <source>review due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后应复核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>required by PIPL art. 52</source>
        <translation>《个人信息保护法》第五十二条要求</translation>
    </message>
</context>
<context>
    <name>cd::DeepVerify</name>
    <message>
        <source>More findings of this kind are not listed.</source>
        <translation>此类问题还有更多，未全部列出。</translation>
    </message>
    <message>
        <source>A posting list of block %1 gives a count that does not match its ids.</source>
        <translation>检索索引第 %1 块中有一个条目列表的计数与其记录编号不符。</translation>
    </message>
    <message>
        <source>The search index refers to contact submission %1, which does not exist.</source>
        <translation>检索索引引用了联系记录 %1，但该记录不存在。</translation>
    </message>
    <message>
        <source>The search index holds entries for contact submission %1 that its current text does not explain.</source>
        <translation>检索索引中有联系记录 %1 的条目，与该记录当前的内容不符。</translation>
    </message>
    <message>
        <source>Contact submission %1 is missing from the search index.</source>
        <translation>联系记录 %1 未完整收入检索索引。</translation>
    </message>
    <message>
        <source>%1: %2 points at %3 %4, which does not exist.</source>
        <translation>%1：%2 指向的 %3 %4 不存在。</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row of %3.</source>
        <translation>%1 第 %2 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <source>%1 row %2 belongs to a person who was erased (erasure ledger).</source>
        <translation>%1 第 %2 行属于已被删除的个人（删除记录表）。</translation>
    </message>
    <message>
        <source>The stored number of contact submissions is %1, but there are %2.</source>
        <translation>保存的联系记录数量为 %1，但实际有 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>The dashboard&apos;s stored counts of contact submissions differ from the submissions in %n quarter-hour period(s).</source>
        <translation>
            <numerusform>仪表板保存的联系记录计数在 %n 个 15 分钟时段中与实际记录不一致。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ErasureLedger</name>
    <message numerus="yes">
        <source>%n people erased since this backup were removed again.</source>
        <translation>
            <numerusform>此备份制作后已删除的 %n 位个人的信息已再次删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced vault uses another passphrase, so its erasure ledger could not be read: people erased since this backup was made may be back. Open the .before-restore file with its passphrase to check.</source>
        <translation>被替换的加密数据库使用另一口令，无法读取其删除记录表：此备份制作后已删除的个人信息可能已被恢复。请使用其口令打开 .before-restore 文件进行核查。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted since this backup were removed again.</source>
        <translation>
            <numerusform>此备份制作后已删除的 %n 条记录已再次删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault being replaced could not be opened, so erasures recorded only in it could not be re-applied. The erasure ledgers of %n other copy(ies) of this vault were used.</source>
        <translation>
            <numerusform>被替换的加密数据库无法打开，仅记录在其中的删除无法重新执行。已使用此加密数据库另外 %n 个副本的删除记录表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault being replaced could not be opened, and no other copy of it was found, so erasures made since this backup could not be re-applied. Check the deletion certificates issued since then.</source>
        <translation>被替换的加密数据库无法打开，也未找到它的其他副本，因此此备份制作后执行的删除无法重新执行。请核对此后签发的删除证明。</translation>
    </message>
</context>
<context>
    <name>cd::Export</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。请检查该文件是否已在其他程序中打开，或选择其他位置。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>This build cannot write XLSX files; export CSV instead.</source>
        <translation>此版本无法写入 XLSX 文件，请改为导出 CSV。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not make %1 readable by you only.</source>
        <translation>无法将 %1 设为仅您本人可读。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>cd::Iso</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation>信息安全管理体系范围</translation>
    </message>
    <message>
        <source>(not yet stated)</source>
        <translation>（尚未说明）</translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation>SoA 版本</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>已由 %1 于 %2 批准</translation>
    </message>
    <message>
        <source>Control catalogue version</source>
        <translation>控制措施目录版本</translation>
    </message>
    <message>
        <source>Implementation status by theme</source>
        <translation>按主题划分的实施状态</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>No controls yet.</source>
        <translation>尚无控制措施。</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>Implemented controls per month</source>
        <translation>每月实施的控制措施数</translation>
    </message>
    <message>
        <source>No implementation recorded yet.</source>
        <translation>尚无实施记录。</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>上次复核</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>下次复核日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>适用性声明</translation>
    </message>
    <message>
        <source>%1 controls: %2 applicable, %3 excluded; %4 implemented, %5 partially implemented, %6 planned, %7 not started.</source>
        <translation>共 %1 项控制措施：%2 项适用，%3 项排除；%4 项已实施，%5 项部分实施，%6 项已计划，%7 项未开始。</translation>
    </message>
    <message>
        <source>ISO 27001 gap report</source>
        <translation>ISO 27001 差距报告</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>部分实施</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Implemented %</source>
        <translation>已实施 %</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>已逾期的复核</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Applicable controls not yet implemented</source>
        <translation>尚未实施的适用控制措施</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Every applicable control is implemented.</source>
        <translation>所有适用的控制措施均已实施。</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Review cycle (months)</source>
        <translation>复核周期（月）</translation>
    </message>
    <message>
        <source>No review is overdue.</source>
        <translation>没有已逾期的复核。</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv or .xlsx.</source>
        <translation>请选择以 .csv 或 .xlsx 结尾的文件。</translation>
    </message>
    <message>
        <source>There is no control %1 in the catalogue. Use an id like 5.1 or 8.28.</source>
        <translation>目录中没有控制措施 %1。请使用 5.1 或 8.28 这样的编号。</translation>
    </message>
    <message>
        <source>Control %1 is no longer in the catalogue; it can be read but not changed.</source>
        <translation>控制措施 %1 已不在目录中；只能查看，不能修改。</translation>
    </message>
    <message>
        <source>Control %1 is applicable, so its status cannot be &quot;not applicable&quot;. Exclude it instead, with a justification.</source>
        <translation>控制措施 %1 为适用，因此其状态不能为“不适用”。请改为将其排除，并说明理由。</translation>
    </message>
    <message>
        <source>Control %1 is excluded, so its status must be &quot;not applicable&quot;.</source>
        <translation>控制措施 %1 已被排除，因此其状态必须为“不适用”。</translation>
    </message>
    <message>
        <source>Excluding control %1 needs a justification: say why it does not apply (auditors read it in the Statement of Applicability).</source>
        <translation>排除控制措施 %1 需要说明理由：请说明其为何不适用（审计员会在适用性声明中查阅）。</translation>
    </message>
    <message>
        <source>The owner may have at most %1 characters.</source>
        <translation>负责人最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The justification may have at most %1 characters.</source>
        <translation>理由说明最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The review cycle must be between 1 and 60 months.</source>
        <translation>复核周期必须在 1 到 60 个月之间。</translation>
    </message>
    <message>
        <source>The last review cannot lie in the future.</source>
        <translation>上次复核日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The vault already holds catalogue version %1; this file is version %2. Only a newer catalogue can be imported.</source>
        <translation>加密数据库中已有目录版本 %1；此文件为版本 %2。只能导入更新版本的目录。</translation>
    </message>
    <message>
        <source>Give the evidence a short title, e.g. &quot;Access review minutes Q1&quot;.</source>
        <translation>请为证据填写简短标题，例如“第一季度访问权限复核会议纪要”。</translation>
    </message>
    <message>
        <source>The evidence is too long: at most %1 characters of title and %2 of text. Attach longer documents as files.</source>
        <translation>证据过长：标题最多 %1 个字符，正文最多 %2 个字符。较长的文档请以文件形式附加。</translation>
    </message>
    <message>
        <source>The evidence text is empty.</source>
        <translation>证据正文为空。</translation>
    </message>
    <message>
        <source>The link must be a full address starting with https://, http://, smb:// or file://.</source>
        <translation>链接必须是以 https://、http://、smb:// 或 file:// 开头的完整地址。</translation>
    </message>
    <message>
        <source>Control %1 is no longer in the catalogue.</source>
        <translation>控制措施 %1 已不在目录中。</translation>
    </message>
    <message>
        <source>That file is not evidence of control %1.</source>
        <translation>该文件不是控制措施 %1 的证据。</translation>
    </message>
    <message>
        <source>That evidence item no longer exists.</source>
        <translation>该证据项已不存在。</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 months.</source>
        <translation>请选择 1 到 240 个月。</translation>
    </message>
    <message>
        <source>The scope or version text is too long.</source>
        <translation>范围或版本文本过长。</translation>
    </message>
    <message>
        <source>Organizational controls</source>
        <translation>组织控制措施</translation>
    </message>
    <message>
        <source>People controls</source>
        <translation>人员控制措施</translation>
    </message>
    <message>
        <source>Physical controls</source>
        <translation>物理控制措施</translation>
    </message>
    <message>
        <source>Technological controls</source>
        <translation>技术控制措施</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Legal requirement</source>
        <translation>法律要求</translation>
    </message>
    <message>
        <source>Contractual obligation</source>
        <translation>合同义务</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Business requirement</source>
        <translation>业务要求</translation>
    </message>
    <message>
        <source>This is not a usable control catalogue: %1 Nothing was changed; check the file.</source>
        <translation>这不是可用的控制措施目录：%1未做任何更改，请检查该文件。</translation>
    </message>
    <message>
        <source>it is not valid JSON (at byte %1).</source>
        <translation>文件不是有效的 JSON（第 %1 字节处）。</translation>
    </message>
    <message>
        <source>it has no positive &quot;version&quot;.</source>
        <translation>文件缺少为正数的“version”。</translation>
    </message>
    <message>
        <source>it lists no controls.</source>
        <translation>文件中未列出任何控制措施。</translation>
    </message>
    <message>
        <source>entry %1 has no valid control id (like 5.1).</source>
        <translation>第 %1 个条目没有有效的控制措施编号（如 5.1）。</translation>
    </message>
    <message>
        <source>control %1 has an unknown theme.</source>
        <translation>控制措施 %1 的主题未知。</translation>
    </message>
    <message>
        <source>control %1 does not belong to its theme&apos;s clause.</source>
        <translation>控制措施 %1 不属于其主题对应的条款。</translation>
    </message>
    <message>
        <source>control %1 lacks its English or Chinese title.</source>
        <translation>控制措施 %1 缺少英文或中文标题。</translation>
    </message>
    <message>
        <source>control %1 has a title longer than 300 characters.</source>
        <translation>控制措施 %1 的标题超过 300 个字符。</translation>
    </message>
    <message>
        <source>control %1 appears twice.</source>
        <translation>控制措施 %1 出现了两次。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a control catalogue.</source>
        <translation>%1 过大，不可能是控制措施目录。</translation>
    </message>
</context>
<context>
    <name>cd::Policies</name>
    <message>
        <source>Beginning</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>The comparison does not belong to this text; compare again.</source>
        <translation>该比较结果与此文本不对应，请重新比较。</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Users must be notified at least %n day(s) before the change takes effect: the notice is planned for %1 and the version takes effect on %2. Plan the notice earlier or move the effective date.</source>
        <translation>
            <numerusform>变更生效前须至少提前 %n 天告知用户：目前计划于 %1 发出告知，而该版本于 %2 生效。请提前安排告知，或调整生效日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>not published yet; the hash is set when the version is published</source>
        <translation>尚未发布；版本发布时将生成哈希</translation>
    </message>
    <message>
        <source>Material change</source>
        <translation>重大变更</translation>
    </message>
    <message>
        <source>Yes: this version materially reduces users&apos; rights</source>
        <translation>是：此版本实质性减损用户的权利</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>Updated on %1, effective %2</source>
        <translation>更新日期：%1，生效日期：%2</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>变更摘要</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <source>No English text yet.</source>
        <translation>暂无英文文本。</translation>
    </message>
    <message>
        <source>Version history: %1</source>
        <translation>版本历史：%1</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>告知</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>暂无版本。</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需告知</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>sent %1 by %2</source>
        <translation>已于 %1 由 %2 发出</translation>
    </message>
    <message>
        <source>planned for %1 (%2)</source>
        <translation>计划于 %1 发出（%2）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>%1 的 SHA-256</translation>
    </message>
    <message>
        <source>Comparison of %1: %2 and %3</source>
        <translation>%1 版本比较：%2 与 %3</translation>
    </message>
    <message>
        <source>Chinese text, compared character by character</source>
        <translation>中文文本，逐字比较</translation>
    </message>
    <message>
        <source>English text, compared word by word</source>
        <translation>英文文本，逐词比较</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <source>SHA-256 of the older version</source>
        <translation>旧版本的 SHA-256</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>SHA-256 of the newer version</source>
        <translation>新版本的 SHA-256</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更处数</translation>
    </message>
    <message>
        <source>Characters added</source>
        <translation>新增字符数</translation>
    </message>
    <message>
        <source>Characters removed</source>
        <translation>删除字符数</translation>
    </message>
    <message>
        <source>Sections changed</source>
        <translation>变更的章节</translation>
    </message>
    <message>
        <source>Text with changes</source>
        <translation>含变更标记的文本</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>In-site message</source>
        <translation>站内信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The notice lead time must be between 0 and 365 days.</source>
        <translation>告知提前天数必须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <source>Give the document a name of at most 200 characters.</source>
        <translation>请为文档填写名称，长度不超过 200 个字符。</translation>
    </message>
    <message>
        <source>A document named %1 already exists.</source>
        <translation>名为 %1 的文档已存在。</translation>
    </message>
    <message>
        <source>There is no policy document named %1.</source>
        <translation>不存在名为 %1 的政策文档。</translation>
    </message>
    <message>
        <source>The policy document no longer exists.</source>
        <translation>该政策文档已不存在。</translation>
    </message>
    <message>
        <source>The policy version no longer exists.</source>
        <translation>该政策版本已不存在。</translation>
    </message>
    <message>
        <source>The document has no version labelled %1.</source>
        <translation>该文档没有标签为 %1 的版本。</translation>
    </message>
    <message>
        <source>Give the version a label of at most 64 characters, such as 2024-04-25 or 1.3.</source>
        <translation>请为版本填写标签，长度不超过 64 个字符，例如 2024-04-25 或 1.3。</translation>
    </message>
    <message>
        <source>The effective date cannot be before the updated-on date.</source>
        <translation>生效日期不能早于更新日期。</translation>
    </message>
    <message>
        <source>The document already has a version labelled %1; choose another label.</source>
        <translation>该文档已有标签为 %1 的版本，请另选一个标签。</translation>
    </message>
    <message>
        <source>Version %1 is published and cannot be changed. Start a new draft from it to make changes.</source>
        <translation>版本 %1 已发布，无法更改。如需修改，请基于该版本新建草稿。</translation>
    </message>
    <message>
        <source>Version %1 is %2; send it back to draft before changing it.</source>
        <translation>版本 %1 的状态为“%2”；请先将其退回草稿，再进行更改。</translation>
    </message>
    <message>
        <source>Only drafts can be deleted; version %1 is %2.</source>
        <translation>只能删除草稿；版本 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>The Chinese text is empty.</source>
        <translation>中文文本为空。</translation>
    </message>
    <message>
        <source>Set the updated-on and effective dates before publishing.</source>
        <translation>请在发布前设置更新日期和生效日期。</translation>
    </message>
    <message>
        <source>This version materially reduces users&apos; rights: plan the notification (channels and date) before publishing.</source>
        <translation>此版本实质性减损用户的权利：请在发布前制定告知计划（渠道和日期）。</translation>
    </message>
    <message>
        <source>Write the notice text in Chinese and English before publishing.</source>
        <translation>请在发布前填写中文和英文告知文本。</translation>
    </message>
    <message>
        <source>A version is superseded only by publishing a newer one.</source>
        <translation>只有发布较新的版本时，当前版本才会被取代。</translation>
    </message>
    <message>
        <source>Version %1 is %2 and can no longer change. Start a new draft from it instead.</source>
        <translation>版本 %1 的状态为“%2”，无法再更改。请改为基于该版本新建草稿。</translation>
    </message>
    <message>
        <source>Version %1 cannot go from %2 to %3.</source>
        <translation>版本 %1 无法从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>You wrote this version, so someone else must approve it (a vault setting).</source>
        <translation>此版本由您撰写，因此须由其他人批准（加密数据库设置要求）。</translation>
    </message>
    <message>
        <source>Only published versions carry a hash.</source>
        <translation>只有已发布的版本才有哈希。</translation>
    </message>
    <message>
        <source>Choose at least one channel: email, in-site message or other.</source>
        <translation>请至少选择一个渠道：电子邮件、站内信或其他。</translation>
    </message>
    <message>
        <source>Say which other channel is used.</source>
        <translation>请说明所用的其他渠道。</translation>
    </message>
    <message>
        <source>Set the date the notice is planned for.</source>
        <translation>请设置计划发出告知的日期。</translation>
    </message>
    <message>
        <source>The notice was already sent on %1; the plan can no longer change.</source>
        <translation>告知已于 %1 发出，告知计划无法再更改。</translation>
    </message>
    <message>
        <source>Version %1 is published; its notification plan can no longer change except to record that the notice was sent.</source>
        <translation>版本 %1 已发布；除记录告知已发出外，其告知计划无法再更改。</translation>
    </message>
    <message>
        <source>The date the notice was sent cannot be in the future.</source>
        <translation>告知发出日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Plan the notification before recording that it was sent.</source>
        <translation>请先制定告知计划，再记录告知已发出。</translation>
    </message>
    <message>
        <source>The notice was already recorded as sent on %1.</source>
        <translation>已记录该告知于 %1 发出。</translation>
    </message>
    <message>
        <source>The file is empty. Choose the file that holds the policy text.</source>
        <translation>文件为空。请选择包含政策文本的文件。</translation>
    </message>
    <message>
        <source>The file is larger than 4 MB; a policy text is much smaller. Check that you chose the right file.</source>
        <translation>文件超过 4 MB，而政策文本通常远小于此。请检查是否选择了正确的文件。</translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data). Save the policy as .txt, .md or .html and import again.</source>
        <translation>该文件不是文本文件（包含二进制数据）。请将政策另存为 .txt、.md 或 .html 文件后重新导入。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but contains invalid UTF-8. Save it again as UTF-8.</source>
        <translation>文件声明为 UTF-8 编码，但包含无效的 UTF-8 数据。请重新以 UTF-8 编码保存。</translation>
    </message>
    <message>
        <source>GB18030 text cannot be read on this system. Save the file as UTF-8 and import again.</source>
        <translation>本系统无法读取 GB18030 文本。请将文件另存为 UTF-8 编码后重新导入。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it as UTF-8 and import again.</source>
        <translation>该文件既不是 UTF-8 文本，也不是 GB18030 文本。请将其另存为 UTF-8 编码后重新导入。</translation>
    </message>
    <message>
        <source>Policy texts can be imported from .txt, .md and .html files; save the text in one of these formats.</source>
        <translation>政策文本可从 .txt、.md 和 .html 文件导入；请将文本保存为其中一种格式。</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>文件中没有文本。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The HTML file nests its elements more than %1 levels deep, which no policy text does. Save the policy again from its editor, or as .txt, and import that file.</source>
        <translation>该 HTML 文件的元素嵌套深度超过 %1 层，正常的政策文本不会出现这种情况。请在政策编辑器中重新保存该政策，或将其另存为 .txt 文件，然后导入该文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the contents check. The items are: %2.</source>
        <translation>“%1”不是内容核对的条目。可用条目：%2。</translation>
    </message>
    <message>
        <source>Keep the note to %1 characters, such as the section that says it (e.g. 二.1).</source>
        <translation>备注不超过 %1 个字符，例如写明所在章节（如 二.1）。</translation>
    </message>
    <message>
        <source>The note is one line of plain text; remove line breaks and control characters.</source>
        <translation>备注须为单行纯文本，请删除换行符和控制字符。</translation>
    </message>
    <message>
        <source>This version is superseded; its contents check is kept as it was.</source>
        <translation>该版本已被取代，其内容核对记录保持原样，不能再修改。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Required content</source>
        <translation>应包含的内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>Where / note</source>
        <translation>所在章节 / 备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>Contents check (NDSMR art. 21)</source>
        <translation>内容核对（《网络数据安全管理条例》第二十一条）</translation>
    </message>
    <message>
        <source>%1 of %2 required contents ticked by the approver.</source>
        <translation>批准人已勾选 %2 项应包含内容中的 %1 项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the contents check are not ticked: %1. Tick them, or approve anyway (the approval then records what was missing).</source>
        <translation>
            <numerusform>内容核对中有 %n 项未勾选：%1。请勾选这些条目，或仍然批准（批准记录将写明缺少的条目）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role (%1) may not move a policy version from %2 to %3. Ask an administrator.</source>
        <translation>您的角色（%1）无权将政策版本从“%2”变为“%3”。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>cd::Registers</name>
    <message>
        <source>the beginning</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Register of sharing, transfer and public disclosure</source>
        <translation>共享、转让与公开披露记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>披露记录数</translation>
    </message>
    <message>
        <source>People whose information was disclosed (sum over events)</source>
        <translation>信息被披露的人数（各次披露合计）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>No disclosures in this period</source>
        <translation>此期间没有披露记录</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Disclosure events by kind</source>
        <translation>按类型统计的披露记录</translation>
    </message>
    <message>
        <source>No disclosures in this period.</source>
        <translation>此期间没有披露记录。</translation>
    </message>
    <message>
        <source>Register of personal-information security incidents</source>
        <translation>个人信息安全事件登记册</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>People affected (sum over incidents)</source>
        <translation>受影响人数（各事件合计）</translation>
    </message>
    <message>
        <source>Regulator reports overdue or late</source>
        <translation>向监管部门报告已逾期或迟报</translation>
    </message>
    <message>
        <source>Regulator-report rule</source>
        <translation>监管报告规则</translation>
    </message>
    <message>
        <source>%1 and above within %2 h of discovery</source>
        <translation>%1及以上级别须在发现后 %2 小时内报告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>此期间没有事件。</translation>
    </message>
    <message>
        <source>Incident occurred</source>
        <translation>事件发生</translation>
    </message>
    <message>
        <source>Incident discovered</source>
        <translation>发现事件</translation>
    </message>
    <message>
        <source>Deadline for the regulator report</source>
        <translation>监管报告截止时间</translation>
    </message>
    <message>
        <source>Marked contained</source>
        <translation>标记为已控制</translation>
    </message>
    <message>
        <source>Reported to %1 (reference %2) by %3</source>
        <translation>由 %3 报告至 %1（编号 %2）</translation>
    </message>
    <message>
        <source>Public announcement by %1 (reason: %2)</source>
        <translation>由 %1 发布公告（原因：%2）</translation>
    </message>
    <message>
        <source>%1: %2 people notified by %3</source>
        <translation>%1：由 %3 告知 %2 人</translation>
    </message>
    <message>
        <source>Marked notified</source>
        <translation>标记为已告知</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>事件报告：%1</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Time since discovery</source>
        <translation>自发现起已过</translation>
    </message>
    <message>
        <source>Regulator report</source>
        <translation>监管报告</translation>
    </message>
    <message>
        <source>Regulator-report deadline</source>
        <translation>监管报告截止时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>逾期时长</translation>
    </message>
    <message>
        <source>Information involved</source>
        <translation>涉及的个人信息</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Possible harm</source>
        <translation>可能造成的危害</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Advice to individuals</source>
        <translation>对个人的建议</translation>
    </message>
    <message>
        <source>Remedies offered</source>
        <translation>提供的补救措施</translation>
    </message>
    <message>
        <source>The notice to individuals still lacks: %1.</source>
        <translation>对个人的告知仍缺少：%1。</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Not yet reported.</source>
        <translation>尚未报告。</translation>
    </message>
    <message>
        <source>Not required for this severity.</source>
        <translation>此级别无需报告。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>告知记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason for a public announcement</source>
        <translation>采用公告方式的原因</translation>
    </message>
    <message>
        <source>Nobody has been notified yet.</source>
        <translation>尚未告知任何人。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>接收方类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Basis details</source>
        <translation>依据详情</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>法律依据：%1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Registers export to csv or xlsx (PDF comes from the report).</source>
        <translation>登记册可导出为 csv 或 xlsx（PDF 请通过报告生成）。</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>披露记录</translation>
    </message>
    <message>
        <source>The data category &quot;%1&quot; is not in the managed list. Pick one from the list or add it there first.</source>
        <translation>数据类别“%1”不在受管列表中。请从列表中选择，或先将其添加到列表中。</translation>
    </message>
    <message>
        <source>A link must point to a submission, request, disclosure or incident by its number.</source>
        <translation>关联必须通过编号指向联系记录、权利请求、披露记录或事件。</translation>
    </message>
    <message>
        <source>A category key uses lower-case letters, digits and underscores, starting with a letter (for example health_record).</source>
        <translation>类别键名只能包含小写字母、数字和下划线，且须以字母开头（例如 health_record）。</translation>
    </message>
    <message>
        <source>Give the category an English and a Chinese name.</source>
        <translation>请为该类别填写英文名称和中文名称。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is already in the list.</source>
        <translation>类别“%1”已在列表中。</translation>
    </message>
    <message>
        <source>The data category no longer exists.</source>
        <translation>该数据类别已不存在。</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>请填写接收方名称。</translation>
    </message>
    <message>
        <source>State the purpose.</source>
        <translation>请说明目的。</translation>
    </message>
    <message>
        <source>Choose at least one data category.</source>
        <translation>请至少选择一个数据类别。</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>Enter the date of the disclosure.</source>
        <translation>请输入披露日期。</translation>
    </message>
    <message>
        <source>Explicit consent: say where the consent is recorded.</source>
        <translation>明确同意：请说明同意记录的保存位置。</translation>
    </message>
    <message>
        <source>Law or regulation: cite the law and article.</source>
        <translation>法律法规：请引用法律名称及条款。</translation>
    </message>
    <message>
        <source>Government requirement: name the authority and its document number.</source>
        <translation>政府强制性要求：请填写机关名称及其文号。</translation>
    </message>
    <message>
        <source>Judicial ruling: name the court and the case number.</source>
        <translation>司法裁判：请填写法院名称和案号。</translation>
    </message>
    <message>
        <source>The disclosure cannot be saved without its legal basis and details.</source>
        <translation>请填写法律依据及其详情，否则无法保存披露记录。</translation>
    </message>
    <message>
        <source>Disclosure %1 no longer exists.</source>
        <translation>披露记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>Disclosure %1 does not exist.</source>
        <translation>披露记录 %1 不存在。</translation>
    </message>
    <message>
        <source>The regulator-report deadline is between 1 hour and 30 days.</source>
        <translation>监管报告时限须在 1 小时至 30 天之间。</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>请为事件填写标题。</translation>
    </message>
    <message>
        <source>Enter when the incident was discovered.</source>
        <translation>请输入事件的发现时间。</translation>
    </message>
    <message>
        <source>The discovery time lies in the future.</source>
        <translation>发现时间晚于当前时间，请检查时间。</translation>
    </message>
    <message>
        <source>The incident cannot have occurred after it was discovered.</source>
        <translation>事件发生时间不能晚于发现时间。</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>the information involved</source>
        <translation>涉及的个人信息</translation>
    </message>
    <message>
        <source>the possible impact</source>
        <translation>可能造成的影响</translation>
    </message>
    <message>
        <source>the measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>what individuals can do</source>
        <translation>个人可以采取的措施</translation>
    </message>
    <message>
        <source>the remedies offered</source>
        <translation>提供的补救措施</translation>
    </message>
    <message>
        <source>An incident moves open → contained → notified → closed; it cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>事件状态须依次经过 未结 → 已控制 → 已告知 → 已关闭；不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>The notice to individuals must state %1; fill these in first.</source>
        <translation>对个人的告知必须说明%1；请先填写这些内容。</translation>
    </message>
    <message>
        <source>Record how the people affected were told (email, letter, phone, push or a public announcement).</source>
        <translation>请记录告知受影响个人的方式（电子邮件、信函、电话、推送消息或公告）。</translation>
    </message>
    <message>
        <source>Record the report to the regulator first: incidents of this severity must be reported.</source>
        <translation>请先记录向监管部门的报告：此级别的事件必须报告。</translation>
    </message>
    <message>
        <source>The incident cannot be saved.</source>
        <translation>无法保存该事件。</translation>
    </message>
    <message>
        <source>Incident %1 no longer exists.</source>
        <translation>事件 %1 已不存在。</translation>
    </message>
    <message>
        <source>Incident %1 is closed and signed off; it can no longer be changed.</source>
        <translation>事件 %1 已关闭并签署确认，不能再更改。</translation>
    </message>
    <message>
        <source>This incident has been notified; its notice must keep stating %1.</source>
        <translation>该事件已告知，其告知内容必须继续说明%1。</translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation>事件 %1 不存在。</translation>
    </message>
    <message>
        <source>The incident cannot be marked &quot;%1&quot;.</source>
        <translation>无法将该事件标记为“%1”。</translation>
    </message>
    <message>
        <source>The time of this step must lie between the discovery of the incident and now.</source>
        <translation>此步骤的时间必须介于事件发现时间与当前时间之间。</translation>
    </message>
    <message>
        <source>Someone else changed this incident; reload it and try again.</source>
        <translation>其他人已更改此事件；请重新加载后重试。</translation>
    </message>
    <message>
        <source>Name the authority the incident was reported to.</source>
        <translation>请填写接收事件报告的监管部门名称。</translation>
    </message>
    <message>
        <source>Enter when the report was made.</source>
        <translation>请输入报告时间。</translation>
    </message>
    <message>
        <source>The report time lies in the future.</source>
        <translation>报告时间晚于当前时间，请检查时间。</translation>
    </message>
    <message>
        <source>Say who made the report.</source>
        <translation>请填写报告人。</translation>
    </message>
    <message>
        <source>The regulator report cannot be recorded.</source>
        <translation>无法记录监管报告。</translation>
    </message>
    <message>
        <source>The regulator report cannot predate the discovery of the incident.</source>
        <translation>监管报告时间不能早于事件发现时间。</translation>
    </message>
    <message>
        <source>A public announcement needs the reason individual notice is impractical.</source>
        <translation>采用公告方式时，须说明无法逐一告知个人的原因。</translation>
    </message>
    <message>
        <source>Enter when the people were notified.</source>
        <translation>请输入告知时间。</translation>
    </message>
    <message>
        <source>The notification time lies in the future.</source>
        <translation>告知时间晚于当前时间，请检查时间。</translation>
    </message>
    <message>
        <source>Enter how many people were notified.</source>
        <translation>请输入已告知的人数。</translation>
    </message>
    <message>
        <source>Say who sent the notification.</source>
        <translation>请填写告知人。</translation>
    </message>
    <message>
        <source>The notification cannot be recorded.</source>
        <translation>无法记录告知。</translation>
    </message>
    <message>
        <source>The incident is closed; notifications can no longer be added.</source>
        <translation>该事件已关闭，不能再添加告知记录。</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转让</translation>
    </message>
    <message>
        <source>Public disclosure</source>
        <translation>公开披露</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Entrusted processor</source>
        <translation>受托处理者</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>社会公众</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Explicit consent</source>
        <translation>明确同意</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>Mandatory government requirement</source>
        <translation>政府强制性要求</translation>
    </message>
    <message>
        <source>Judicial ruling</source>
        <translation>司法裁判</translation>
    </message>
    <message>
        <source>Consent recorded in: %1</source>
        <translation>同意记录位置：%1</translation>
    </message>
    <message>
        <source>%1, document %2</source>
        <translation>%1，文号 %2</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1，案号 %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Relatively serious</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Especially major</source>
        <translation>特别重大</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>已控制</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>未经授权的访问</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>泄露</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>篡改</translation>
    </message>
    <message>
        <source>Sent to the wrong recipient</source>
        <translation>误发给错误的接收方</translation>
    </message>
    <message>
        <source>Malware or ransomware</source>
        <translation>恶意软件或勒索软件</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Push message</source>
        <translation>推送消息</translation>
    </message>
    <message>
        <source>Public announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>No regulator report required</source>
        <translation>无需向监管部门报告</translation>
    </message>
    <message>
        <source>Regulator report due</source>
        <translation>待向监管部门报告</translation>
    </message>
    <message>
        <source>Regulator report overdue</source>
        <translation>向监管部门报告已逾期</translation>
    </message>
    <message>
        <source>Reported to the regulator in time</source>
        <translation>已按时向监管部门报告</translation>
    </message>
    <message>
        <source>Reported to the regulator late</source>
        <translation>已超时限向监管部门报告</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>people whose personal information is affected</source>
        <translation>个人信息受影响的人数</translation>
    </message>
    <message>
        <source>people whose sensitive personal information is affected</source>
        <translation>敏感个人信息受影响的人数</translation>
    </message>
    <message>
        <source>direct economic loss (yuan)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <source>No threshold of the grading guide is reached: %1.</source>
        <translation>未达到分级指南的任何阈值：%1。</translation>
    </message>
    <message>
        <source>%1 ≥ %2 → %3</source>
        <translation>%1 ≥ %2 → %3</translation>
    </message>
    <message>
        <source>Critical information infrastructure operator (1 hour)</source>
        <translation>关键信息基础设施运营者（1 小时）</translation>
    </message>
    <message>
        <source>Central or state organ or directly affiliated unit (2 hours)</source>
        <translation>中央和国家机关各部门及其直属单位（2 小时）</translation>
    </message>
    <message>
        <source>Other network operator (4 hours)</source>
        <translation>其他网络运营者（4 小时）</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>首次报告</translation>
    </message>
    <message>
        <source>Supplementary report (补报)</source>
        <translation>补报</translation>
    </message>
    <message>
        <source>Final summary report</source>
        <translation>总结报告</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>无需报告</translation>
    </message>
    <message>
        <source>Starts when handling ends</source>
        <translation>处置结束后开始计时</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Reported in time</source>
        <translation>已按时报告</translation>
    </message>
    <message>
        <source>Reported late</source>
        <translation>逾期报告</translation>
    </message>
    <message>
        <source>Counts and amounts cannot be negative.</source>
        <translation>人数和金额不能为负数。</translation>
    </message>
    <message>
        <source>The police report date lies in the future.</source>
        <translation>报案日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter the date of the police report with its case number.</source>
        <translation>请填写报案日期及案件编号。</translation>
    </message>
    <message>
        <source>The end of handling lies in the future.</source>
        <translation>处置结束时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The reporting details cannot be saved.</source>
        <translation>无法保存报告信息。</translation>
    </message>
    <message>
        <source>Handling cannot end before the incident was discovered.</source>
        <translation>处置结束时间不能早于事件发现时间。</translation>
    </message>
    <message>
        <source>The grade differs from the proposed grade (%1); give the reason for the override.</source>
        <translation>所定级别与研判建议级别（%1）不同，请填写调整理由。</translation>
    </message>
    <message>
        <source>Only a privacy officer or an administrator may override the proposed grade.</source>
        <translation>只有个人信息保护负责人或管理员可以调整建议级别。</translation>
    </message>
    <message>
        <source>The report cannot be recorded.</source>
        <translation>无法记录该报告。</translation>
    </message>
    <message>
        <source>The first report is already recorded; record a supplementary report instead.</source>
        <translation>首次报告已记录，请记录补报。</translation>
    </message>
    <message>
        <source>Record the first report before any other report.</source>
        <translation>请先记录首次报告。</translation>
    </message>
    <message>
        <source>The final summary report follows the end of handling; record when handling ended first.</source>
        <translation>总结报告须在处置结束后提交，请先记录处置结束时间。</translation>
    </message>
    <message>
        <source>the operator&apos;s name (Settings)</source>
        <translation>网络运营者名称（设置）</translation>
    </message>
    <message>
        <source>the facility, system or platform affected</source>
        <translation>发生事件的设施、系统、平台</translation>
    </message>
    <message>
        <source>the time of discovery</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>the place of discovery or occurrence</source>
        <translation>发现或发生地点</translation>
    </message>
    <message>
        <source>the harm caused</source>
        <translation>已造成的影响和危害</translation>
    </message>
    <message>
        <source>the affected scope (people, loss or disruption)</source>
        <translation>影响范围（人数、损失或中断时长）</translation>
    </message>
    <message>
        <source>the effect of the measures</source>
        <translation>措施效果</translation>
    </message>
    <message>
        <source>the ransom demanded (amount, method, date)</source>
        <translation>要求支付赎金的金额、方式、日期</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>the trend and possible further harm</source>
        <translation>事态发展趋势及可能造成的进一步影响和危害</translation>
    </message>
    <message>
        <source>the preliminary cause</source>
        <translation>事件原因初步分析</translation>
    </message>
    <message>
        <source>the leads for tracing</source>
        <translation>进一步调查分析所需线索</translation>
    </message>
    <message>
        <source>the next steps</source>
        <translation>拟进一步采取的应对措施</translation>
    </message>
    <message>
        <source>when handling ended</source>
        <translation>处置结束时间</translation>
    </message>
    <message>
        <source>the rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>the lessons learnt</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>The %1 cannot be generated yet; it must state %2.</source>
        <translation>暂不能生成%1，报告须写明：%2。</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>incident timeline event</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>incident status</comment>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>incident status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Processor %1 does not exist.</source>
        <translation>受托人 %1 不存在。</translation>
    </message>
    <message>
        <source>Your role (%1) may not mark an incident &quot;%2&quot;. Ask an administrator.</source>
        <translation>您的角色（%1）无权将事件标记为“%2”。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>cd::Requests</name>
    <message>
        <source>Access / copy</source>
        <translation>查阅 / 复制</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation>注销账户</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for requester</source>
        <translation>等待请求人</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Authorised agent</source>
        <translation>授权代理人</translation>
    </message>
    <message>
        <source>Processing violates laws or administrative regulations</source>
        <translation>处理活动违反法律、行政法规</translation>
    </message>
    <message>
        <source>Collected or used without the person&apos;s consent</source>
        <translation>未经本人同意收集、使用个人信息</translation>
    </message>
    <message>
        <source>Processing violates our agreement with the person</source>
        <translation>处理活动违反与本人的约定</translation>
    </message>
    <message>
        <source>We permanently stop providing services to the person</source>
        <translation>我方已永久停止向本人提供服务</translation>
    </message>
    <message>
        <source>Purpose achieved, impossible to achieve or no longer needed (PIPL art. 47)</source>
        <translation>处理目的已实现、无法实现或者为实现处理目的不再必要（《个人信息保护法》第四十七条）</translation>
    </message>
    <message>
        <source>Retention period has expired (PIPL art. 47)</source>
        <translation>保存期限已届满（《个人信息保护法》第四十七条）</translation>
    </message>
    <message>
        <source>The person withdrew consent (PIPL art. 47)</source>
        <translation>本人已撤回同意（《个人信息保护法》第四十七条）</translation>
    </message>
    <message>
        <source>The requester&apos;s identity could not be verified</source>
        <translation>无法核验请求人的身份</translation>
    </message>
    <message>
        <source>The agent or guardian could not show authority to act</source>
        <translation>代理人或监护人未能证明其有权代为办理</translation>
    </message>
    <message>
        <source>Laws or regulations require us to keep the information</source>
        <translation>法律、法规要求我方保存该信息</translation>
    </message>
    <message>
        <source>The request is manifestly unfounded or excessively repetitive</source>
        <translation>该请求明显缺乏依据或过度重复</translation>
    </message>
    <message>
        <source>None of the legal grounds for deletion applies</source>
        <translation>不符合任何法定删除情形</translation>
    </message>
    <message>
        <source>Other reason (see explanation)</source>
        <translation>其他原因（见说明）</translation>
    </message>
    <message>
        <source>Identity document checked</source>
        <translation>已查验身份证件</translation>
    </message>
    <message>
        <source>Reply from the registered email</source>
        <translation>经注册邮箱回复确认</translation>
    </message>
    <message>
        <source>SMS code to the registered phone</source>
        <translation>向注册手机号发送短信验证码</translation>
    </message>
    <message>
        <source>Signed in to the account</source>
        <translation>已登录本人账户</translation>
    </message>
    <message>
        <source>Power of attorney or guardianship document</source>
        <translation>授权委托书或监护关系证明文件</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n 个自然日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Register of rights requests</source>
        <translation>权利请求登记册</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>收到的请求</translation>
    </message>
    <message>
        <source>Closed (completed or rejected)</source>
        <translation>已关闭（已完成或已驳回）</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按时关闭</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>By type and outcome</source>
        <translation>按类型和结果</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Requests by type and state</source>
        <translation>按类型和状态统计的请求</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>此期间没有请求。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <source>Request %1 does not exist.</source>
        <translation>请求 %1 不存在。</translation>
    </message>
    <message>
        <source>Contact submission %1 does not exist.</source>
        <translation>联系记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>请输入收到请求的日期。</translation>
    </message>
    <message>
        <source>The date of receipt lies in the future; check the date.</source>
        <translation>接收日期晚于今天，请检查日期。</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation>请输入请求人的姓名。</translation>
    </message>
    <message>
        <source>Enter an email address or a phone number so we can reply.</source>
        <translation>请输入邮箱地址或电话号码，以便我们答复。</translation>
    </message>
    <message>
        <source>The email address does not look valid.</source>
        <translation>邮箱地址格式似乎无效，请检查。</translation>
    </message>
    <message>
        <source>The phone number needs at least 5 digits.</source>
        <translation>电话号码至少需要 5 位数字。</translation>
    </message>
    <message>
        <source>The name or description is too long.</source>
        <translation>姓名或描述过长。</translation>
    </message>
    <message>
        <source>A request that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>状态为“%1”的请求不能变为“%2”。</translation>
    </message>
    <message>
        <source>This request was paused during &quot;%1&quot;; it can only resume there.</source>
        <translation>此请求在“%1”阶段暂停，只能在该阶段恢复。</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was verified before work starts.</source>
        <translation>开始处理前，请记录请求人身份的核验方式。</translation>
    </message>
    <message>
        <source>The account that verified the identity does not exist.</source>
        <translation>执行身份核验的账户不存在。</translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity first.</source>
        <translation>请先核验请求人的身份。</translation>
    </message>
    <message>
        <source>A request can only be completed after the requester&apos;s identity was verified.</source>
        <translation>只有在请求人身份核验通过后，才能完成请求。</translation>
    </message>
    <message>
        <source>Complete a deletion by deleting the linked records (Fulfil), which also produces the deletion certificate.</source>
        <translation>删除请求须通过删除关联记录（“履行”）来完成，该操作同时会生成删除证明。</translation>
    </message>
    <message>
        <source>Choose the reason for the rejection.</source>
        <translation>请选择驳回理由。</translation>
    </message>
    <message>
        <source>Explain the rejection in a sentence or two; the response letter quotes it (PIPL art. 50).</source>
        <translation>请用一两句话说明驳回理由；答复函将引用该说明（《个人信息保护法》第五十条）。</translation>
    </message>
    <message>
        <source>The request is closed; its links can no longer change.</source>
        <translation>该请求已关闭，其关联记录不能再更改。</translation>
    </message>
    <message>
        <source>Record why the deadline is extended.</source>
        <translation>请记录延长期限的原因。</translation>
    </message>
    <message>
        <source>Only deadlines counted in months can be extended (rule: %1).</source>
        <translation>只有以月计算的期限才能延长（规则：%1）。</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>该请求已关闭。</translation>
    </message>
    <message>
        <source>The field %1 cannot be corrected here.</source>
        <translation>无法在此更正字段 %1。</translation>
    </message>
    <message>
        <source>Records are corrected from a correction request that is in progress.</source>
        <translation>记录需通过处理中的更正请求进行更正。</translation>
    </message>
    <message>
        <source>Link the contact submission to the request before correcting it.</source>
        <translation>更正前，请先将该联系记录关联到此请求。</translation>
    </message>
    <message>
        <source>The person&apos;s data was deleted; there is nothing to export.</source>
        <translation>此人的数据已被删除，没有可导出的内容。</translation>
    </message>
    <message>
        <source>Choose the legal ground for the deletion.</source>
        <translation>请选择删除的法律依据。</translation>
    </message>
    <message>
        <source>Only deletion and account cancellation requests delete data.</source>
        <translation>只有删除请求和注销账户请求才会删除数据。</translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity and start work on the request before deleting.</source>
        <translation>删除前，请先核验请求人身份并开始处理该请求。</translation>
    </message>
    <message>
        <source>The records were deleted, but the search index could not be compacted: %1 Run the deletion again to retry.</source>
        <translation>记录已删除，但无法压缩搜索索引：%1请再次执行删除以重试。</translation>
    </message>
    <message>
        <source>Nothing was deleted for this request yet.</source>
        <translation>此请求尚未删除任何数据。</translation>
    </message>
    <message>
        <source>The certificate is already signed off.</source>
        <translation>该证明已签署确认。</translation>
    </message>
    <message>
        <source>Unknown letter template.</source>
        <translation>未知的函件模板。</translation>
    </message>
    <message>
        <source>The holiday file is not valid JSON (%1). Nothing was changed.</source>
        <translation>节假日文件不是有效的 JSON（%1）。未作任何更改。</translation>
    </message>
    <message>
        <source>The holiday file must name its year (&quot;year&quot;: 2027). Nothing was changed.</source>
        <translation>节假日文件必须注明年份（&quot;year&quot;: 2027）。未作任何更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list. Nothing was changed.</source>
        <translation>&quot;%1&quot; 必须是列表。未作任何更改。</translation>
    </message>
    <message>
        <source>An entry in &quot;%1&quot; has no valid date (use YYYY-MM-DD). Nothing was changed.</source>
        <translation>&quot;%1&quot; 中有条目没有有效日期（请使用 YYYY-MM-DD 格式）。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is not in %2, the year of the file. Nothing was changed.</source>
        <translation>%1 不在文件所属的年份 %2 内。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is listed twice. Nothing was changed.</source>
        <translation>%1 重复列出。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is a make-up working day but not a Saturday or Sunday. Nothing was changed.</source>
        <translation>%1 是调休补班日，但不是周六或周日。未作任何更改。</translation>
    </message>
    <message>
        <source>The holiday file lists too many days. Nothing was changed.</source>
        <translation>节假日文件列出的日期过多。未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a holiday file.</source>
        <translation>%1 过大，不能作为节假日文件。</translation>
    </message>
    <message>
        <source>the request number, e.g. RR-2026-0001</source>
        <translation>请求编号，例如 RR-2026-0001</translation>
    </message>
    <message>
        <source>the date the request was received</source>
        <translation>收到请求的日期</translation>
    </message>
    <message>
        <source>the kind of request, e.g. &quot;deletion&quot;</source>
        <translation>请求类型，例如“删除”</translation>
    </message>
    <message>
        <source>rejections: the reason chosen</source>
        <translation>驳回：所选的驳回理由</translation>
    </message>
    <message>
        <source>rejections: the explanation written for the person</source>
        <translation>驳回：为本人撰写的说明</translation>
    </message>
    <message>
        <source>deletions: the legal ground</source>
        <translation>删除：法律依据</translation>
    </message>
    <message>
        <source>the date of the letter</source>
        <translation>函件日期</translation>
    </message>
    <message>
        <source>the personal information protection contact address</source>
        <translation>个人信息保护联系地址</translation>
    </message>
    <message>
        <source>A deadline is 1 to 250 working days, 1 to 366 calendar days or 1 to 12 months.</source>
        <translation>期限为 1 至 250 个工作日、1 至 366 个自然日或 1 至 12 个月。</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>date column</comment>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>date column</comment>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>date column</comment>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Record %1 %2 is not an open match of this request.</source>
        <translation>记录 %1 %2 不是本请求待确认的匹配记录。</translation>
    </message>
    <message>
        <source>%1 %2 (matched on %3)</source>
        <translation>%1 %2（匹配依据：%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the requester&apos;s contact details but were neither confirmed nor dismissed. Confirm or dismiss each one before fulfilling the request:</source>
        <translation>
            <numerusform>%n 条记录与请求人的联系方式相符，但尚未确认也未排除。办结请求前请逐条确认或排除：</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion cancelled; nothing was deleted.</source>
        <translation>删除已取消，未删除任何内容。</translation>
    </message>
</context>
<context>
    <name>cd::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>cd::Settings</name>
    <message>
        <source>%1 is either on or off.</source>
        <translation>%1只能是开或关。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>%1 is at most %2 characters long.</source>
        <translation>%1最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a vault setting.</source>
        <translation>%1 不是加密数据库的设置。</translation>
    </message>
</context>
<context>
    <name>cd::Storage</name>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>口令错误。请检查键盘布局和大写锁定键（Caps Lock），然后重试。</translation>
    </message>
    <message>
        <source>This file is not a Compliance Desk vault. Choose the .cdvault file you created, or create a new vault.</source>
        <translation>此文件不是 Compliance Desk 加密数据库。请选择您创建的 .cdvault 文件，或新建一个加密数据库。</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be read safely. Restore it from a backup (File › Restore from backup).</source>
        <translation>加密数据库已损坏，无法安全读取。请从备份恢复（文件 › 从备份恢复）。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Compliance Desk (format %1; this program reads up to %2). Install the newer version; the vault was not changed.</source>
        <translation>此加密数据库由更新版本的 Compliance Desk 写入（格式 %1；本程序最高只能读取格式 %2）。请安装新版本；加密数据库未被更改。</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path or create a new vault.</source>
        <translation>文件 %1 不存在。请检查路径，或新建一个加密数据库。</translation>
    </message>
    <message>
        <source>The vault %1 is read-only. Copy it to a folder you can write to, or ask IT to change its permissions.</source>
        <translation>加密数据库 %1 为只读。请将其复制到您有写入权限的文件夹，或请 IT 部门修改其权限。</translation>
    </message>
    <message>
        <source>The vault is open in another Compliance Desk window or on another computer. Close it there first.</source>
        <translation>该加密数据库已在另一个 Compliance Desk 窗口或另一台计算机上打开。请先在那里将其关闭。</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满，更改未保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>This program was built without SQLCipher encryption and refuses to open vaults. Reinstall Compliance Desk.</source>
        <translation>本程序构建时未包含 SQLCipher 加密，因此拒绝打开加密数据库。请重新安装 Compliance Desk。</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>文件 %1 已存在，请另选一个名称。</translation>
    </message>
    <message>
        <source>The vault could not be read or written (%1). Check the disk and try again.</source>
        <translation>无法读取或写入加密数据库（%1）。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此更改与现有数据冲突（%1）。</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>存储错误：%1</translation>
    </message>
    <message>
        <source>The vault %1 is on read-only media or its file is write-protected: it is open for reading only. Changes cannot be saved; copy the vault to a folder you can write to in order to work with it.</source>
        <translation>加密数据库 %1 位于只读介质上，或其文件被写保护：已以只读方式打开。无法保存更改；如需继续工作，请将加密数据库复制到可写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>cd::Submissions</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>该文件为 UTF-16 编码（Excel 的“Unicode 文本”格式）。请将其另存为“CSV UTF-8（逗号分隔）”格式，然后导入该文件。</translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data). Choose a CSV, TSV or JSON export.</source>
        <translation>该文件不是文本文件（包含二进制数据）。请选择 CSV、TSV 或 JSON 导出文件。</translation>
    </message>
    <message>
        <source>Unknown encoding %1: use UTF-8 or GB18030.</source>
        <translation>未知编码 %1：请使用 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <source>This installation cannot read GB18030 files.</source>
        <translation>此安装版本无法读取 GB18030 文件。</translation>
    </message>
    <message>
        <source>This installation was built without CSV support (libcsv).</source>
        <translation>此安装版本构建时未包含 CSV 支持（libcsv）。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <source>The file has %1 columns; at most %2 are supported. Remove the extra columns and import again.</source>
        <translation>该文件有 %1 列，最多支持 %2 列。请删除多余的列后重新导入。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (unbalanced quotes). Fix the file and import again.</source>
        <translation>第 %1 行：带引号的字段未闭合（引号不成对）。请修正文件后重新导入。</translation>
    </message>
    <message>
        <source>Line %1: malformed quotes (a quote inside an unquoted field, or text after a closing quote). Fix the file and import again.</source>
        <translation>第 %1 行：引号格式错误（未加引号的字段中含有引号，或闭合引号后还有文本）。请修正文件后重新导入。</translation>
    </message>
    <message>
        <source>The file could not be read (out of memory).</source>
        <translation>无法读取该文件（内存不足）。</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Your role may not import submissions.</source>
        <translation>您的角色无权导入联系记录。</translation>
    </message>
    <message>
        <source>No column holds a name, phone or email. Choose the columns in the mapping step.</source>
        <translation>没有任何列包含姓名、电话或邮箱。请在列映射步骤中选择相应的列。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>某个字段超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The row has more than %1 fields.</source>
        <translation>该行的字段超过 %1 个。</translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>No name, phone or email.</source>
        <translation>姓名、电话和邮箱均为空。</translation>
    </message>
    <message>
        <source>A name, phone, email or region is implausibly long (wrong column or wrong encoding?).</source>
        <translation>姓名、电话、邮箱或地区的长度异常（是否选错了列或编码？）。</translation>
    </message>
    <message>
        <source>The message is longer than 20,000 characters.</source>
        <translation>留言超过 20,000 个字符。</translation>
    </message>
    <message>
        <source>The text is not valid %1: choose the other encoding.</source>
        <translation>文本不是有效的 %1 编码：请选择另一种编码。</translation>
    </message>
    <message>
        <source>The phone number has fewer than 5 digits.</source>
        <translation>电话号码不足 5 位数字。</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>邮箱地址无效。</translation>
    </message>
    <message>
        <source>The submission time is missing.</source>
        <translation>缺少提交时间。</translation>
    </message>
    <message>
        <source>The submission time is not a date and time.</source>
        <translation>提交时间不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 240 months.</source>
        <translation>保存期限必须在 1 到 240 个月之间。</translation>
    </message>
    <message>
        <source>Submission %1 does not exist (any more).</source>
        <translation>联系记录 %1 不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>Enter at least a name, a phone number or an email.</source>
        <translation>请至少输入姓名、电话号码或邮箱中的一项。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use new, contacted or closed.</source>
        <translation>未知状态“%1”：请使用 new、contacted 或 closed。</translation>
    </message>
    <message>
        <source>The assignee is not an active account.</source>
        <translation>该处理人不是已启用的账户。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Received at (UTC)</source>
        <translation>接收时间（UTC）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Possible minor</source>
        <translation>疑似未成年人</translation>
    </message>
    <message>
        <source>Closed at (UTC)</source>
        <translation>关闭时间（UTC）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Contact submissions</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>No submissions match the filter.</source>
        <translation>没有符合筛选条件的联系记录。</translation>
    </message>
    <message>
        <source>All submissions</source>
        <translation>全部联系记录</translation>
    </message>
    <message>
        <source>Filtered submissions</source>
        <translation>筛选后的联系记录</translation>
    </message>
    <message>
        <source>Matching submissions</source>
        <translation>匹配的联系记录</translation>
    </message>
    <message>
        <source>Rows in this report</source>
        <translation>本报告中的行数</translation>
    </message>
    <message>
        <source>The JSON array is never closed: the file ends inside it. Export the file again and import that.</source>
        <translation>JSON 数组未闭合：文件在数组内部结束。请重新导出文件并导入新文件。</translation>
    </message>
    <message>
        <source>The file is not a valid JSON array of objects (unexpected text at byte %1).</source>
        <translation>该文件不是有效的 JSON 对象数组（第 %1 字节处有意外文本）。</translation>
    </message>
    <message>
        <source>The file is not a valid JSON array of objects (a missing value at byte %1).</source>
        <translation>该文件不是有效的 JSON 对象数组（第 %1 字节处缺少值）。</translation>
    </message>
    <message>
        <source>The file is not a valid JSON array of objects (unbalanced braces at byte %1).</source>
        <translation>该文件不是有效的 JSON 对象数组（第 %1 字节处括号不匹配）。</translation>
    </message>
    <message>
        <source>Record %1 is nested more than %2 levels deep; a contact form export never is. The file was not imported.</source>
        <translation>记录 %1 的嵌套层级超过 %2 层，而联系表单导出文件不会出现这种情况。该文件未导入。</translation>
    </message>
    <message>
        <source>The record is larger than %1 MB.</source>
        <translation>该记录超过 %1 MB。</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); the other records were read.</source>
        <translation>不是有效的 JSON（%1）；其他记录已读取。</translation>
    </message>
    <message>
        <source>The row contains NUL characters (binary data).</source>
        <translation>该行包含 NUL 字符（二进制数据）。</translation>
    </message>
    <message>
        <source>Search for at least 2 Chinese characters, or 3 letters or digits.</source>
        <translation>搜索内容至少需要 2 个汉字，或 3 个字母或数字。</translation>
    </message>
    <message>
        <source>Could not keep the rejected lines in a temporary file: %1</source>
        <translation>无法将被拒绝的行保存到临时文件：%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>submission status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Search cannot match Traditional and Simplified Chinese: the OpenCC conversion table %1 could not be loaded (%2). Searches still find text as it was typed. Reinstall the OpenCC data files (on Debian and Ubuntu the package libopencc-data) and start Compliance Desk again.</source>
        <translation>搜索无法匹配繁体与简体中文：未能加载 OpenCC 转换表 %1（%2）。搜索仍能找到与输入写法相同的文字。请重新安装 OpenCC 数据文件（Debian 和 Ubuntu 上为 libopencc-data 软件包），然后重新启动 Compliance Desk。</translation>
    </message>
    <message>
        <source>Purge cancelled; nothing was deleted.</source>
        <translation>清除已取消，未删除任何联系记录。</translation>
    </message>
</context>
<context>
    <name>cd::Vault</name>
    <message>
        <source>Could not lock the vault file %1.</source>
        <translation>无法锁定加密数据库文件 %1。</translation>
    </message>
    <message>
        <source>The account name or password is wrong, or the account is disabled.</source>
        <translation>账户名或密码错误，或该账户已停用。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>加密数据库已锁定。</translation>
    </message>
    <message>
        <source>Sign in to the vault first.</source>
        <translation>请先登录加密数据库。</translation>
    </message>
    <message>
        <source>view records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>approve or sign off</source>
        <translation>审批或签署确认</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>change vault settings</source>
        <translation>更改加密数据库设置</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2. Ask an administrator.</source>
        <translation>您的角色（%1）无权%2。请联系管理员。</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>新口令不能为空。</translation>
    </message>
    <message>
        <source>Choose a different file for the backup.</source>
        <translation>请为备份选择另一个文件。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; it was not kept.</source>
        <translation>备份副本未通过完整性检查，已丢弃。</translation>
    </message>
    <message>
        <source>The backup copy has the wrong format version; it was not kept.</source>
        <translation>备份副本的格式版本不正确，已丢弃。</translation>
    </message>
    <message>
        <source>The backup copy is missing rows; it was not kept.</source>
        <translation>备份副本缺少数据行，已丢弃。</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not copy the backup to %1.</source>
        <translation>无法将备份复制到 %1。</translation>
    </message>
    <message>
        <source>Could not keep the current vault as %1.</source>
        <translation>无法将当前加密数据库保留为 %1。</translation>
    </message>
    <message>
        <source>The vault %1 was written by an older version and must be updated before it can be read, which is not possible on read-only media. Copy it to a folder you can write to and open the copy.</source>
        <translation>加密数据库 %1 由旧版本写入，读取前需要先升级格式，而只读介质上无法升级。请将其复制到可写入的文件夹，然后打开该副本。</translation>
    </message>
    <message>
        <source>A passphrase may not have the form x&apos;…&apos;: SQLCipher would read it as a raw key and skip the key derivation. Choose a passphrase of words instead.</source>
        <translation>口令不能采用 x&apos;…&apos; 的形式：SQLCipher 会将其视为原始密钥并跳过密钥派生。请改用由词语组成的口令。</translation>
    </message>
    <message>
        <source>The vault passphrase needs at least %1 characters.</source>
        <translation>加密数据库口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The backup was written, but not its manifest %1: %2</source>
        <translation>备份已写入，但其清单文件 %1 未能写入：%2</translation>
    </message>
    <message>
        <source>Choose a backup file, not the vault itself.</source>
        <translation>请选择备份文件，而不是加密数据库本身。</translation>
    </message>
    <message>
        <source>%1 is a vault in use, not a backup: its last changes are not in the file yet. Choose a backup written by File › Back up, or close the program that has it open.</source>
        <translation>%1 是正在使用的加密数据库，而不是备份：其最近的更改尚未写入文件。请选择通过“文件 › 备份”写入的备份，或关闭正在打开它的程序。</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log does not match its manifest: the backup was changed after it was written. It was not restored.</source>
        <translation>备份中的审计日志与其清单不符：备份在写入后被修改过。未进行恢复。</translation>
    </message>
    <message>
        <source>The vault %1 opens with this passphrase. Unlock it and restore from File › Restore from backup, as an administrator of the vault.</source>
        <translation>加密数据库 %1 可以用此口令打开。请解锁后以该加密数据库管理员身份通过“文件 › 从备份恢复”进行恢复。</translation>
    </message>
    <message>
        <source>The change was not recorded in the audit log, so it was not saved. Please report this.</source>
        <translation>此更改未记入审计日志，因此未保存。请报告此问题。</translation>
    </message>
    <message>
        <source>Restore cancelled; the vault was not changed.</source>
        <translation>恢复已取消，加密数据库未作任何更改。</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No passphrase given: use --%1 or set %2.</source>
        <translation>未提供口令：请使用 --%1 选项或设置环境变量 %2。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>加密数据库口令：</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Name the vault with --vault.</source>
        <translation>请用 --vault 指定加密数据库。</translation>
    </message>
    <message>
        <source>Name the account to sign in as with --user.</source>
        <translation>请用 --user 指定要登录的账户。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>使用 --help 查看用法。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>cd::cli::Cli</name>
    <message>
        <source>PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Report language: zh_CN or en.</source>
        <translation>报告语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang 只接受 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown report %1.</source>
        <translation>未知的报告 %1。</translation>
    </message>
    <message>
        <source>Render a report to PDF.</source>
        <translation>生成 PDF 报告。</translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <translation>新的加密数据库口令：</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Display name of the first account.</source>
        <translation>首个账户的显示名称。</translation>
    </message>
    <message>
        <source>init needs --vault FILE and --user NAME.</source>
        <translation>init 需要 --vault FILE 和 --user NAME。</translation>
    </message>
    <message>
        <source>Password for the new account %1: </source>
        <translation>新账户 %1 的密码：</translation>
    </message>
    <message>
        <source>Role: admin, officer, staff or auditor.</source>
        <translation>角色：admin、officer、staff 或 auditor。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>File with the new account&apos;s password (else CD_NEW_PASSWORD, else a prompt).</source>
        <translation>包含新账户密码的文件（未指定时读取环境变量 CD_NEW_PASSWORD，仍未设置则提示输入）。</translation>
    </message>
    <message>
        <source>add | list | disable | enable | reset-password</source>
        <translation>add | list | disable | enable | reset-password</translation>
    </message>
    <message>
        <source>Account name (for add, disable, enable, reset-password).</source>
        <translation>账户名（用于 add、disable、enable、reset-password）。</translation>
    </message>
    <message>
        <source>accounts needs an action: add, list, disable, enable or reset-password.</source>
        <translation>accounts 需要指定操作：add、list、disable、enable 或 reset-password。</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>请指定账户。</translation>
    </message>
    <message>
        <source>Unknown role %1.</source>
        <translation>未知角色 %1。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Unknown accounts action %1.</source>
        <translation>未知的 accounts 操作 %1。</translation>
    </message>
    <message>
        <source>Backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Name the backup file with --out.</source>
        <translation>请用 --out 指定备份文件。</translation>
    </message>
    <message>
        <source>Backup file to restore from.</source>
        <translation>用于恢复的备份文件。</translation>
    </message>
    <message>
        <source>restore needs --backup FILE, --vault FILE and --user NAME.</source>
        <translation>restore 需要 --backup FILE、--vault FILE 和 --user NAME。</translation>
    </message>
    <message>
        <source>File with the new vault passphrase.</source>
        <translation>包含新加密数据库口令的文件。</translation>
    </message>
    <message>
        <source>Only entries on or after this date (YYYY-MM-DD).</source>
        <translation>仅包含此日期（YYYY-MM-DD）当天及之后的条目。</translation>
    </message>
    <message>
        <source>At most this many entries (newest first).</source>
        <translation>最多列出的条目数（最新的在前）。</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD.</source>
        <translation>--since 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>How many synthetic contact submissions.</source>
        <translation>要生成的模拟联系记录数量。</translation>
    </message>
    <message>
        <source>Random seed, for repeatable data.</source>
        <translation>随机种子，用于生成可重复的数据。</translation>
    </message>
    <message>
        <source>demo needs --vault FILE (a new file).</source>
        <translation>demo 需要 --vault FILE（一个新文件）。</translation>
    </message>
    <message>
        <source>%1 already exists; demo only fills a new vault.</source>
        <translation>%1 已存在；demo 只填充新的加密数据库。</translation>
    </message>
    <message>
        <source>Password for the demo account %1: </source>
        <translation>演示账户 %1 的密码：</translation>
    </message>
    <message>
        <source>Create a new vault with its first administrator.</source>
        <translation>新建加密数据库及其首个管理员。</translation>
    </message>
    <message>
        <source>Add, list, disable, enable or reset staff accounts.</source>
        <translation>添加、列出、停用、启用工作人员账户，或重置其密码。</translation>
    </message>
    <message>
        <source>Exit 0 when the passphrase opens the vault.</source>
        <translation>口令能打开加密数据库时以退出码 0 退出。</translation>
    </message>
    <message>
        <source>Write a checked, encrypted backup.</source>
        <translation>写入经过校验的加密备份。</translation>
    </message>
    <message>
        <source>Replace a vault with a checked backup.</source>
        <translation>用经过校验的备份替换加密数据库。</translation>
    </message>
    <message>
        <source>Change the vault passphrase.</source>
        <translation>更改加密数据库口令。</translation>
    </message>
    <message>
        <source>List audit log entries.</source>
        <translation>列出审计日志条目。</translation>
    </message>
    <message>
        <source>Create a vault filled with synthetic demo data.</source>
        <translation>新建一个填充了模拟演示数据的加密数据库。</translation>
    </message>
    <message>
        <source>--status takes not_started, planned, partial, implemented or not_applicable.</source>
        <translation>--status 只接受 not_started、planned、partial、implemented 或 not_applicable。</translation>
    </message>
    <message>
        <source>--applicable takes yes or no.</source>
        <translation>--applicable 只接受 yes 或 no。</translation>
    </message>
    <message>
        <source>--reasons takes a comma list of legal, contractual, risk, business.</source>
        <translation>--reasons 需要以逗号分隔的列表，可选值为 legal、contractual、risk、business。</translation>
    </message>
    <message>
        <source>--review-months takes a number of months.</source>
        <translation>--review-months 需要一个月数。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, or none.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，或 none。</translation>
    </message>
    <message>
        <source>iso set needs at least one of --status, --applicable, --justification, --reasons, --owner, --notes, --target-date, --review-months, --last-reviewed.</source>
        <translation>iso set 至少需要以下选项之一：--status、--applicable、--justification、--reasons、--owner、--notes、--target-date、--review-months、--last-reviewed。</translation>
    </message>
    <message>
        <source>Usage: iso evidence list ID | add ID FILE | add-link ID URL [--title T] | add-text ID TEXT --title T</source>
        <translation>用法：iso evidence list ID | add ID FILE | add-link ID URL [--title T] | add-text ID TEXT --title T</translation>
    </message>
    <message>
        <source>Name the file, link or text to add.</source>
        <translation>请指定要添加的文件、链接或文本。</translation>
    </message>
    <message>
        <source>Unknown evidence action %1.</source>
        <translation>未知的 evidence 操作 %1。</translation>
    </message>
    <message>
        <source>iso gap needs --out FILE.pdf.</source>
        <translation>iso gap 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>iso soa needs --out FILE.pdf, FILE.csv or FILE.xlsx.</source>
        <translation>iso soa 需要 --out FILE.pdf、FILE.csv 或 FILE.xlsx。</translation>
    </message>
    <message>
        <source>Language of titles and reports: zh_CN or en.</source>
        <translation>标题和报告的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Implementation status: not_started, planned, partial, implemented, not_applicable.</source>
        <translation>实施状态：not_started、planned、partial、implemented、not_applicable。</translation>
    </message>
    <message>
        <source>Applicable: yes or no.</source>
        <translation>是否适用：yes 或 no。</translation>
    </message>
    <message>
        <source>Justification (required when excluding).</source>
        <translation>理由说明（排除时必填）。</translation>
    </message>
    <message>
        <source>Reasons for inclusion: legal,contractual,risk,business.</source>
        <translation>纳入理由：legal,contractual,risk,business。</translation>
    </message>
    <message>
        <source>Owner (set), or filter by owner (list).</source>
        <translation>负责人（用于 set），或按负责人筛选（用于 list）。</translation>
    </message>
    <message>
        <source>Implementation notes.</source>
        <translation>实施说明。</translation>
    </message>
    <message>
        <source>Target date YYYY-MM-DD, or none.</source>
        <translation>目标日期，格式 YYYY-MM-DD，或 none。</translation>
    </message>
    <message>
        <source>Review cycle in months (1–60).</source>
        <translation>复核周期，以月为单位（1–60）。</translation>
    </message>
    <message>
        <source>Date of the last review YYYY-MM-DD, or none.</source>
        <translation>上次复核日期，格式 YYYY-MM-DD，或 none。</translation>
    </message>
    <message>
        <source>List: id or words of the English or Chinese title.</source>
        <translation>用于 list：编号，或英文或中文标题中的词语。</translation>
    </message>
    <message>
        <source>List: only controls whose review is overdue.</source>
        <translation>用于 list：仅列出复核已逾期的控制措施。</translation>
    </message>
    <message>
        <source>List: only controls without evidence.</source>
        <translation>用于 list：仅列出没有证据的控制措施。</translation>
    </message>
    <message>
        <source>Evidence title.</source>
        <translation>证据标题。</translation>
    </message>
    <message>
        <source>Report file (.pdf; the SoA also .csv or .xlsx).</source>
        <translation>报告文件（.pdf；适用性声明还可为 .csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>list | set ID | evidence list|add|add-link|add-text ID … | soa | gap | overview | import-catalogue FILE</source>
        <translation>list | set ID | evidence list|add|add-link|add-text ID … | soa | gap | overview | import-catalogue FILE</translation>
    </message>
    <message>
        <source>iso needs an action: %1.</source>
        <translation>iso 需要指定操作：%1。</translation>
    </message>
    <message>
        <source>Unknown iso action %1.</source>
        <translation>未知的 iso 操作 %1。</translation>
    </message>
    <message>
        <source>iso set needs a control id, e.g. iso set 5.1 --status implemented.</source>
        <translation>iso set 需要控制措施编号，例如 iso set 5.1 --status implemented。</translation>
    </message>
    <message>
        <source>iso import-catalogue needs a catalogue file.</source>
        <translation>iso import-catalogue 需要控制措施目录文件。</translation>
    </message>
    <message>
        <source>ISO 27001 checklist: list, set, evidence, soa, gap, overview.</source>
        <translation>ISO 27001 检查清单：list、set、evidence、soa、gap、overview。</translation>
    </message>
    <message>
        <source>No policy version is labelled %1.</source>
        <translation>没有标签为 %1 的政策版本。</translation>
    </message>
    <message>
        <source>Several documents have a version labelled %1; name one with --document.</source>
        <translation>多个文档都有标签为 %1 的版本；请用 --document 指定其中一个。</translation>
    </message>
    <message>
        <source>Policy document name (created when missing).</source>
        <translation>政策文档名称（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Version label, e.g. 2024-04-25 or 1.3.</source>
        <translation>版本标签，例如 2024-04-25 或 1.3。</translation>
    </message>
    <message>
        <source>Chinese text: .txt, .md or .html (UTF-8 or GB18030).</source>
        <translation>中文文本：.txt、.md 或 .html（UTF-8 或 GB18030 编码）。</translation>
    </message>
    <message>
        <source>English text: .txt, .md or .html.</source>
        <translation>英文文本：.txt、.md 或 .html。</translation>
    </message>
    <message>
        <source>Updated-on date, YYYY-MM-DD.</source>
        <translation>更新日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Effective date, YYYY-MM-DD.</source>
        <translation>生效日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Summary of changes.</source>
        <translation>变更摘要。</translation>
    </message>
    <message>
        <source>policy import needs --document NAME, --label L and --zh FILE.</source>
        <translation>policy import 需要 --document NAME、--label L 和 --zh FILE。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Policy document name.</source>
        <translation>政策文档名称。</translation>
    </message>
    <message>
        <source>Label of the older version.</source>
        <translation>旧版本的标签。</translation>
    </message>
    <message>
        <source>Label of the newer version.</source>
        <translation>新版本的标签。</translation>
    </message>
    <message>
        <source>Text to compare: zh_CN or en.</source>
        <translation>要比较的文本：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>policy diff needs --from L1 and --to L2.</source>
        <translation>policy diff 需要 --from L1 和 --to L2。</translation>
    </message>
    <message>
        <source># %1 change(s), %2 character(s) added, %3 removed; sections: %4
</source>
        <translation># %1 处变更，新增 %2 个字符，删除 %3 个字符；章节：%4
</translation>
    </message>
    <message>
        <source># [-deleted-] {+inserted+}
</source>
        <translation># [-删除-] {+插入+}
</translation>
    </message>
    <message>
        <source>Version label.</source>
        <translation>版本标签。</translation>
    </message>
    <message>
        <source>draft | in_review | approved | published</source>
        <translation>draft | in_review | approved | published</translation>
    </message>
    <message>
        <source>policy transition needs a LABEL and a STATE: draft, in_review, approved or published.</source>
        <translation>policy transition 需要 LABEL 和 STATE：draft、in_review、approved 或 published。</translation>
    </message>
    <message>
        <source>File to write: .pdf or .html.</source>
        <translation>要写入的文件：.pdf 或 .html。</translation>
    </message>
    <message>
        <source>Texts to include: zh, en or both.</source>
        <translation>要包含的文本：zh、en 或 both。</translation>
    </message>
    <message>
        <source>Language of headings and labels: zh_CN or en.</source>
        <translation>标题和字段名称的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Version label, or &quot;history&quot; for the version history.</source>
        <translation>版本标签，或用 &quot;history&quot; 导出版本历史。</translation>
    </message>
    <message>
        <source>policy export needs a LABEL and --out FILE.pdf (or .html).</source>
        <translation>policy export 需要 LABEL 和 --out FILE.pdf（或 .html）。</translation>
    </message>
    <message>
        <source>--texts takes zh, en or both.</source>
        <translation>--texts 只接受 zh、en 或 both。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--type takes access, correction, deletion, cancellation, withdrawal, portability or other.</source>
        <translation>--type 只接受 access、correction、deletion、cancellation、withdrawal、portability 或 other。</translation>
    </message>
    <message>
        <source>--received takes a date as YYYY-MM-DD.</source>
        <translation>--received 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--channel takes email, phone, letter, website or in_person.</source>
        <translation>--channel 只接受 email、phone、letter、website 或 in_person。</translation>
    </message>
    <message>
        <source>--on-behalf takes self, guardian or agent.</source>
        <translation>--on-behalf 只接受 self、guardian 或 agent。</translation>
    </message>
    <message>
        <source>--link takes submission:ID, request:ID or all.</source>
        <translation>--link 只接受 submission:ID、request:ID 或 all。</translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation>未知状态 %1。</translation>
    </message>
    <message>
        <source>Unknown type %1.</source>
        <translation>未知类型 %1。</translation>
    </message>
    <message>
        <source>Unknown state %1; use verification, in_progress, waiting, completed, rejected or withdrawn.</source>
        <translation>未知状态 %1；请使用 verification、in_progress、waiting、completed、rejected 或 withdrawn。</translation>
    </message>
    <message>
        <source>--on takes a date as YYYY-MM-DD.</source>
        <translation>--on 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A deletion needs --ground: unlawful_processing, no_consent, breach_of_agreement, service_ended, purpose_achieved, retention_expired or consent_withdrawn.</source>
        <translation>删除请求需要 --ground：unlawful_processing、no_consent、breach_of_agreement、service_ended、purpose_achieved、retention_expired 或 consent_withdrawn。</translation>
    </message>
    <message>
        <source>An access or portability request needs --out FOLDER for the data package.</source>
        <translation>查阅 / 复制或转移请求需要用 --out FOLDER 指定存放数据包的文件夹。</translation>
    </message>
    <message>
        <source>Name the PDF file with --out.</source>
        <translation>请用 --out 指定 PDF 文件。</translation>
    </message>
    <message>
        <source>Nothing was deleted for %1 yet.</source>
        <translation>请求 %1 尚未删除任何信息。</translation>
    </message>
    <message>
        <source>%1 is still open; the letter follows its outcome.</source>
        <translation>%1 尚未办结；函件须根据其处理结果出具。</translation>
    </message>
    <message>
        <source>register needs --from and --to (YYYY-MM-DD) and --out FILE (.pdf, .csv or .xlsx).</source>
        <translation>register 需要 --from 和 --to（YYYY-MM-DD）以及 --out FILE（.pdf、.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <source>Request type.</source>
        <translation>请求类型。</translation>
    </message>
    <message>
        <source>Date received (YYYY-MM-DD, default today).</source>
        <translation>接收日期（YYYY-MM-DD，默认为今天）。</translation>
    </message>
    <message>
        <source>email, phone, letter, website or in_person.</source>
        <translation>email、phone、letter、website 或 in_person。</translation>
    </message>
    <message>
        <source>self, guardian or agent.</source>
        <translation>self、guardian 或 agent。</translation>
    </message>
    <message>
        <source>What the person asks for.</source>
        <translation>此人的请求内容。</translation>
    </message>
    <message>
        <source>The requester may be a minor.</source>
        <translation>请求人疑似未成年人。</translation>
    </message>
    <message>
        <source>Confirm a record as the person&apos;s: submission:ID, request:ID or all.</source>
        <translation>确认某条记录属于此人：submission:ID、request:ID 或 all。</translation>
    </message>
    <message>
        <source>Only overdue requests.</source>
        <translation>仅限已逾期的请求。</translation>
    </message>
    <message>
        <source>Only requests due within 3 working days or overdue.</source>
        <translation>仅限 3 个工作日内到期或已逾期的请求。</translation>
    </message>
    <message>
        <source>Only open requests.</source>
        <translation>仅限未关闭的请求。</translation>
    </message>
    <message>
        <source>Only requests in this state.</source>
        <translation>仅限处于此状态的请求。</translation>
    </message>
    <message>
        <source>Rejection reason key.</source>
        <translation>驳回理由代码。</translation>
    </message>
    <message>
        <source>Rejection explanation for the letter.</source>
        <translation>写入函件的驳回说明。</translation>
    </message>
    <message>
        <source>Identity verification method.</source>
        <translation>身份核验方式。</translation>
    </message>
    <message>
        <source>Account that verified the identity.</source>
        <translation>执行身份核验的账户。</translation>
    </message>
    <message>
        <source>Date of the step (YYYY-MM-DD, default today).</source>
        <translation>该步骤的日期（YYYY-MM-DD，默认为今天）。</translation>
    </message>
    <message>
        <source>Legal ground of a deletion.</source>
        <translation>删除的法律依据。</translation>
    </message>
    <message>
        <source>Output folder (fulfil) or file.</source>
        <translation>输出文件夹（fulfil）或文件。</translation>
    </message>
    <message>
        <source>Letter language: zh_CN or en.</source>
        <translation>函件语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>First day (register).</source>
        <translation>起始日期（register）。</translation>
    </message>
    <message>
        <source>Last day (register).</source>
        <translation>结束日期（register）。</translation>
    </message>
    <message>
        <source>Request id or number (RR-2026-0001).</source>
        <translation>请求 ID 或编号（RR-2026-0001）。</translation>
    </message>
    <message>
        <source>Target state (transition).</source>
        <translation>目标状态（transition）。</translation>
    </message>
    <message>
        <source>requests needs an action: %1.</source>
        <translation>requests 需要指定操作：%1。</translation>
    </message>
    <message>
        <source>Name the request by id or number.</source>
        <translation>请用 ID 或编号指定请求。</translation>
    </message>
    <message>
        <source>Name the state to move the request to.</source>
        <translation>请指定请求要转入的状态。</translation>
    </message>
    <message>
        <source>Date of receipt (YYYY-MM-DD).</source>
        <translation>接收日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Working days to add.</source>
        <translation>要加上的工作日数。</translation>
    </message>
    <message>
        <source>Year to export.</source>
        <translation>要导出的年份。</translation>
    </message>
    <message>
        <source>due | import FILE | export --year YEAR</source>
        <translation>due | import FILE | export --year YEAR</translation>
    </message>
    <message>
        <source>Holiday file (import).</source>
        <translation>节假日文件（import）。</translation>
    </message>
    <message>
        <source>calendar due needs --from YYYY-MM-DD and --working-days N (0–1000).</source>
        <translation>calendar due 需要 --from YYYY-MM-DD 和 --working-days N（0–1000）。</translation>
    </message>
    <message>
        <source>Name the holiday file to import.</source>
        <translation>请指定要导入的节假日文件。</translation>
    </message>
    <message>
        <source>No holiday calendar for %1.</source>
        <translation>尚无 %1 的节假日日历。</translation>
    </message>
    <message>
        <source>calendar needs an action: due, import or export.</source>
        <translation>calendar 需要指定操作：due、import 或 export。</translation>
    </message>
    <message>
        <source>Working-day calendar: due dates, import and export of holidays.</source>
        <translation>工作日日历：计算截止日期，导入和导出节假日。</translation>
    </message>
    <message>
        <source>sharing, transfer or public.</source>
        <translation>sharing、transfer 或 public。</translation>
    </message>
    <message>
        <source>Recipient name.</source>
        <translation>接收方名称。</translation>
    </message>
    <message>
        <source>company, processor, regulator, court, public or other.</source>
        <translation>company、processor、regulator、court、public 或 other。</translation>
    </message>
    <message>
        <source>Recipient contact.</source>
        <translation>接收方联系方式。</translation>
    </message>
    <message>
        <source>Purpose of the disclosure.</source>
        <translation>披露目的。</translation>
    </message>
    <message>
        <source>Data categories, comma-separated keys (name,phone,…).</source>
        <translation>数据类别，以逗号分隔的键名（name,phone,…）。</translation>
    </message>
    <message>
        <source>Number of people.</source>
        <translation>人数。</translation>
    </message>
    <message>
        <source>Legal basis: consent, law, government or judicial.</source>
        <translation>法律依据：consent、law、government 或 judicial。</translation>
    </message>
    <message>
        <source>Consent: where the consent is recorded.</source>
        <translation>明确同意：同意记录的保存位置。</translation>
    </message>
    <message>
        <source>Law or regulation: the citation.</source>
        <translation>法律法规：引用的法律条款。</translation>
    </message>
    <message>
        <source>Government requirement: the authority.</source>
        <translation>政府强制性要求：机关名称。</translation>
    </message>
    <message>
        <source>Government requirement: the document number.</source>
        <translation>政府强制性要求：文号。</translation>
    </message>
    <message>
        <source>Judicial ruling: the court.</source>
        <translation>司法裁判：法院名称。</translation>
    </message>
    <message>
        <source>Judicial ruling: the case number.</source>
        <translation>司法裁判：案号。</translation>
    </message>
    <message>
        <source>Date of the disclosure (YYYY-MM-DD; default today).</source>
        <translation>披露日期（YYYY-MM-DD；默认为今天）。</translation>
    </message>
    <message>
        <source>Who approved it.</source>
        <translation>批准人。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Link to a record, e.g. submission:17 or request:4 (repeatable).</source>
        <translation>关联记录，例如 submission:17 或 request:4（可重复指定）。</translation>
    </message>
    <message>
        <source>list/report: first date (YYYY-MM-DD).</source>
        <translation>用于 list/report：起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>list/report: last date (YYYY-MM-DD).</source>
        <translation>用于 list/report：结束日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>list: text in recipient or purpose.</source>
        <translation>用于 list：接收方或目的中包含的文本。</translation>
    </message>
    <message>
        <source>report: file to write (.pdf, .csv or .xlsx).</source>
        <translation>用于 report：要写入的文件（.pdf、.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>report: language, zh_CN or en.</source>
        <translation>用于 report：语言，zh_CN 或 en。</translation>
    </message>
    <message>
        <source>add | list | report</source>
        <translation>add | list | report</translation>
    </message>
    <message>
        <source>disclosures needs an action: add, list or report.</source>
        <translation>disclosures 需要指定操作：add、list 或 report。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--kind takes sharing, transfer or public.</source>
        <translation>--kind 只接受 sharing、transfer 或 public。</translation>
    </message>
    <message>
        <source>--basis takes consent, law, government or judicial.</source>
        <translation>--basis 只接受 consent、law、government 或 judicial。</translation>
    </message>
    <message>
        <source>disclosures report needs --out FILE (.pdf, .csv or .xlsx).</source>
        <translation>disclosures report 需要 --out FILE（.pdf、.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>disclosures add needs --kind and --basis (a disclosure without a legal basis cannot be recorded).</source>
        <translation>disclosures add 需要 --kind 和 --basis（没有法律依据的披露无法登记）。</translation>
    </message>
    <message>
        <source>--recipient-type takes company, processor, regulator, court, public or other.</source>
        <translation>--recipient-type 只接受 company、processor、regulator、court、public 或 other。</translation>
    </message>
    <message>
        <source>--people takes a whole number.</source>
        <translation>--people 需要一个整数。</translation>
    </message>
    <message>
        <source>--link takes type:id, e.g. submission:17.</source>
        <translation>--link 需要 type:id 格式，例如 submission:17。</translation>
    </message>
    <message>
        <source>add: title.</source>
        <translation>用于 add：标题。</translation>
    </message>
    <message>
        <source>add: when it occurred (ISO 8601).</source>
        <translation>用于 add：发生时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>add: when it was discovered (ISO 8601; default now).</source>
        <translation>用于 add：发现时间（ISO 8601；默认为当前时间）。</translation>
    </message>
    <message>
        <source>add: unauthorised_access, leak, loss, tampering, misdelivery, malware or other.</source>
        <translation>用于 add：事件类别，unauthorised_access、leak、loss、tampering、misdelivery、malware 或 other。</translation>
    </message>
    <message>
        <source>general, relatively_serious (较大), major (重大) or especially_major (特别重大).</source>
        <translation>general（一般）、relatively_serious（较大）、major（重大）或 especially_major（特别重大）。</translation>
    </message>
    <message>
        <source>add: affected data categories, comma-separated keys.</source>
        <translation>用于 add：涉及的数据类别，以逗号分隔的代码。</translation>
    </message>
    <message>
        <source>Number of people (affected, or notified).</source>
        <translation>人数（受影响人数或已告知人数）。</translation>
    </message>
    <message>
        <source>add: cause.</source>
        <translation>用于 add：原因。</translation>
    </message>
    <message>
        <source>add: what happened.</source>
        <translation>用于 add：事件经过。</translation>
    </message>
    <message>
        <source>add: possible harm.</source>
        <translation>用于 add：可能造成的危害。</translation>
    </message>
    <message>
        <source>add: measures taken.</source>
        <translation>用于 add：已采取的措施。</translation>
    </message>
    <message>
        <source>add: what individuals can do.</source>
        <translation>用于 add：个人可采取的措施。</translation>
    </message>
    <message>
        <source>add: remedies offered.</source>
        <translation>用于 add：提供的补救措施。</translation>
    </message>
    <message>
        <source>rule: hours from discovery to the regulator report.</source>
        <translation>用于 rule：自发现至向监管部门报告的时限（小时）。</translation>
    </message>
    <message>
        <source>list: open, contained, notified or closed.</source>
        <translation>用于 list：状态，open、contained、notified 或 closed。</translation>
    </message>
    <message>
        <source>list: only incidents not closed.</source>
        <translation>用于 list：仅列出未关闭的事件。</translation>
    </message>
    <message>
        <source>list: only incidents whose regulator report is due or overdue.</source>
        <translation>用于 list：仅列出向监管部门报告即将到期或已逾期的事件。</translation>
    </message>
    <message>
        <source>list/report: discovered on or after (YYYY-MM-DD).</source>
        <translation>用于 list/report：发现日期不早于（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>list/report: discovered on or before (YYYY-MM-DD).</source>
        <translation>用于 list/report：发现日期不晚于（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>notify: email, letter, phone, push or announcement.</source>
        <translation>用于 notify：告知渠道，email、letter、phone、push 或 announcement。</translation>
    </message>
    <message>
        <source>notify: why individual notice is impractical (announcement).</source>
        <translation>用于 notify：无法逐一告知个人的原因（announcement 时填写）。</translation>
    </message>
    <message>
        <source>notify: a note.</source>
        <translation>用于 notify：备注。</translation>
    </message>
    <message>
        <source>notify: record the report to this regulator.</source>
        <translation>用于 notify：登记向该监管部门所作的报告。</translation>
    </message>
    <message>
        <source>notify: the regulator&apos;s reference.</source>
        <translation>用于 notify：监管部门的受理编号。</translation>
    </message>
    <message>
        <source>notify: who notified or reported.</source>
        <translation>用于 notify：告知人或报告人。</translation>
    </message>
    <message>
        <source>notify/transition: when (ISO 8601; default now).</source>
        <translation>用于 notify/transition：时间（ISO 8601；默认为当前时间）。</translation>
    </message>
    <message>
        <source>report/letter: file to write (.pdf; register also .csv, .xlsx).</source>
        <translation>用于 report/letter：要写入的文件（.pdf；登记册还可为 .csv、.xlsx）。</translation>
    </message>
    <message>
        <source>report/letter: language, zh_CN or en.</source>
        <translation>用于 report/letter：语言，zh_CN 或 en。</translation>
    </message>
    <message>
        <source>letter: the public announcement instead.</source>
        <translation>用于 letter：改为生成公告。</translation>
    </message>
    <message>
        <source>add | list | show ID | notify ID | transition ID STATUS | report [ID] | letter ID</source>
        <translation>add | list | show ID | notify ID | transition ID STATUS | report [ID] | letter ID</translation>
    </message>
    <message>
        <source>incidents needs an action: add, list, show, notify, transition, report, letter or rule.</source>
        <translation>incidents 需要指定操作：add、list、show、notify、transition、report、letter 或 rule。</translation>
    </message>
    <message>
        <source>Give the incident number.</source>
        <translation>请提供事件编号。</translation>
    </message>
    <message>
        <source>incidents %1 needs the incident number.</source>
        <translation>incidents %1 需要事件编号。</translation>
    </message>
    <message>
        <source>--severity takes general, relatively_serious, major or especially_major.</source>
        <translation>--severity 只接受 general、relatively_serious、major 或 especially_major。</translation>
    </message>
    <message>
        <source>--status takes open, contained, notified or closed.</source>
        <translation>--status 只接受 open、contained、notified 或 closed。</translation>
    </message>
    <message>
        <source>Times are written in ISO 8601, e.g. 2026-03-10T09:30:00+08:00.</source>
        <translation>时间须采用 ISO 8601 格式，例如 2026-03-10T09:30:00+08:00。</translation>
    </message>
    <message>
        <source>incidents %1 needs --out FILE.</source>
        <translation>incidents %1 需要 --out FILE。</translation>
    </message>
    <message>
        <source>incidents transition needs the incident number and a status.</source>
        <translation>incidents transition 需要事件编号和状态。</translation>
    </message>
    <message>
        <source>--hours takes a whole number.</source>
        <translation>--hours 需要一个整数。</translation>
    </message>
    <message>
        <source>incidents add needs --severity (it decides the regulator clock).</source>
        <translation>incidents add 需要 --severity（事件级别决定向监管部门报告的时限）。</translation>
    </message>
    <message>
        <source>Unknown incident category %1.</source>
        <translation>未知的事件类别 %1。</translation>
    </message>
    <message>
        <source>The notice must state %1; fill these in first.</source>
        <translation>告知内容必须载明以下事项：%1。请先填写这些内容。</translation>
    </message>
    <message>
        <source>The status is contained, notified or closed.</source>
        <translation>状态可为 contained、notified 或 closed。</translation>
    </message>
    <message>
        <source>incidents notify needs --channel (people told) or --regulator (report made).</source>
        <translation>incidents notify 需要 --channel（已告知个人）或 --regulator（已向监管部门报告）。</translation>
    </message>
    <message>
        <source>--channel takes email, letter, phone, push or announcement.</source>
        <translation>--channel 只接受 email、letter、phone、push 或 announcement。</translation>
    </message>
    <message>
        <source>Disclosure register: add, list, report.</source>
        <translation>共享、转让与公开披露记录：add、list、report。</translation>
    </message>
    <message>
        <source>Incident register: add, list, show, notify, transition, report, letter.</source>
        <translation>个人信息安全事件登记册：add、list、show、notify、transition、report、letter。</translation>
    </message>
    <message>
        <source>search needs --query TEXT.</source>
        <translation>search 需要 --query TEXT。</translation>
    </message>
    <message>
        <source>Unknown status %1: use new, contacted or closed.</source>
        <translation>未知状态 %1：请使用 new、contacted 或 closed。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>Text to search for (search).</source>
        <translation>要搜索的文本（search）。</translation>
    </message>
    <message>
        <source>Only these statuses, comma-separated: new, contacted, closed.</source>
        <translation>仅限这些状态，以逗号分隔：new、contacted、closed。</translation>
    </message>
    <message>
        <source>Only submissions due for deletion (list).</source>
        <translation>仅列出保存期限届满、待删除的联系记录（list）。</translation>
    </message>
    <message>
        <source>At most this many rows (default 100).</source>
        <translation>最多显示的行数（默认 100）。</translation>
    </message>
    <message>
        <source>Count what purge-expired would delete; delete nothing.</source>
        <translation>统计 purge-expired 将删除的记录数，但不实际删除。</translation>
    </message>
    <message>
        <source>list | search | set-status | purge-expired</source>
        <translation>list | search | set-status | purge-expired</translation>
    </message>
    <message>
        <source>submissions needs an action: list, search, set-status or purge-expired.</source>
        <translation>submissions 需要指定操作：list、search、set-status 或 purge-expired。</translation>
    </message>
    <message>
        <source>Usage: submissions set-status ID STATUS</source>
        <translation>用法：submissions set-status ID STATUS</translation>
    </message>
    <message>
        <source>%1 is not a submission ID.</source>
        <translation>%1 不是联系记录 ID。</translation>
    </message>
    <message>
        <source>Unknown field %1 in --mapping: use received_at, name, phone, email, region, message.</source>
        <translation>--mapping 中的字段 %1 未知：请使用 received_at、name、phone、email、region、message。</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>文件中没有列 %1。</translation>
    </message>
    <message>
        <source>UTF-8 or GB18030 (default: detect).</source>
        <translation>UTF-8 或 GB18030（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Columns per field, e.g. name=姓名,phone=3 (default: guess from the headers).</source>
        <translation>各字段对应的列，例如 name=姓名,phone=3（默认：根据表头推断）。</translation>
    </message>
    <message>
        <source>Write rejected rows with line and reason to this CSV.</source>
        <translation>将被拒绝的行连同行号和原因写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>submissions</translation>
    </message>
    <message>
        <source>CSV, TSV, JSON or JSON Lines file.</source>
        <translation>CSV、TSV、JSON 或 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Usage: import submissions FILE [--encoding E] [--mapping M]</source>
        <translation>用法：import submissions FILE [--encoding E] [--mapping M]</translation>
    </message>
    <message>
        <source>List, search, change the status of, or purge contact submissions.</source>
        <translation>列出、搜索联系记录，更改其状态，或清除到期的联系记录。</translation>
    </message>
    <message>
        <source>Import contact submissions from CSV, TSV, JSON or JSON Lines.</source>
        <translation>从 CSV、TSV、JSON 或 JSON Lines 文件导入联系记录。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>期间的开始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD); default today.</source>
        <translation>期间的结束日期（YYYY-MM-DD）；默认为今天。</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD, --from on or before --to.</source>
        <translation>--from 和 --to 需要 YYYY-MM-DD 格式的日期，且 --from 不得晚于 --to。</translation>
    </message>
    <message>
        <source>What needs attention and the key figures for a period, as JSON (exit 4 when something is late).</source>
        <translation>以 JSON 格式输出某一期间需要关注的事项和关键数据（有事项逾期时以退出码 4 退出）。</translation>
    </message>
    <message>
        <source>overview: first day of the period (YYYY-MM-DD).</source>
        <translation>用于 overview：期间的开始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>overview: last day of the period (YYYY-MM-DD); default today.</source>
        <translation>用于 overview：期间的结束日期（YYYY-MM-DD）；默认为今天。</translation>
    </message>
    <message>
        <source>about | overview</source>
        <translation>about | overview</translation>
    </message>
    <message>
        <source>report needs a kind (about, overview) and --out FILE.pdf.</source>
        <translation>report 需要报告类型（about、overview）和 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>File with the backup&apos;s passphrase, when it differs from the vault&apos;s (else CD_BACKUP_PASSPHRASE, else the vault&apos;s passphrase).</source>
        <translation>备份口令所在的文件，当其与加密数据库口令不同时使用（否则使用 CD_BACKUP_PASSPHRASE，再否则使用加密数据库的口令）。</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <source>list | accept-anchor</source>
        <translation>list | accept-anchor</translation>
    </message>
    <message>
        <source>audit supports: list, accept-anchor.</source>
        <translation>audit 支持：list、accept-anchor。</translation>
    </message>
    <message>
        <source>add: name of the processing activity.</source>
        <translation>add：处理活动名称。</translation>
    </message>
    <message>
        <source>add: purpose.</source>
        <translation>add：处理目的。</translation>
    </message>
    <message>
        <source>add: data categories, comma-separated keys.</source>
        <translation>add：数据类别，以逗号分隔的键。</translation>
    </message>
    <message>
        <source>add: categories of people.</source>
        <translation>add：涉及的个人类别。</translation>
    </message>
    <message>
        <source>add: where the information comes from.</source>
        <translation>add：信息来源。</translation>
    </message>
    <message>
        <source>add: consent, contract, hr, legal_duty, emergency, news, public_info or other_law.</source>
        <translation>add：consent、contract、hr、legal_duty、emergency、news、public_info 或 other_law。</translation>
    </message>
    <message>
        <source>add: retention period.</source>
        <translation>add：保存期限。</translation>
    </message>
    <message>
        <source>add: systems.</source>
        <translation>add：系统。</translation>
    </message>
    <message>
        <source>add: recipients.</source>
        <translation>add：接收方。</translation>
    </message>
    <message>
        <source>add: processor numbers, comma-separated.</source>
        <translation>add：受托人编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>add: country or region data goes to (with --cross-border).</source>
        <translation>add：数据出境的国家或地区（与 --cross-border 一起使用）。</translation>
    </message>
    <message>
        <source>add: the policy section that describes it.</source>
        <translation>add：描述该活动的政策章节。</translation>
    </message>
    <message>
        <source>add: people since 1 January.</source>
        <translation>add：自1月1日起的人数。</translation>
    </message>
    <message>
        <source>add: people with sensitive information since 1 January.</source>
        <translation>add：自1月1日起涉及敏感个人信息的人数。</translation>
    </message>
    <message>
        <source>add: transfers data abroad.</source>
        <translation>add：向境外提供数据。</translation>
    </message>
    <message>
        <source>add: includes people under 14.</source>
        <translation>add：包含不满十四周岁的未成年人。</translation>
    </message>
    <message>
        <source>add: automated decision-making.</source>
        <translation>add：自动化决策。</translation>
    </message>
    <message>
        <source>add: provides to others or publishes.</source>
        <translation>add：向他人提供或公开。</translation>
    </message>
    <message>
        <source>list | show ID | add</source>
        <translation>list | show ID | add</translation>
    </message>
    <message>
        <source>activities needs an action: list, show or add.</source>
        <translation>activities 需要一个操作：list、show 或 add。</translation>
    </message>
    <message>
        <source>--basis takes consent, contract, hr, legal_duty, emergency, news, public_info or other_law.</source>
        <translation>--basis 须为 consent、contract、hr、legal_duty、emergency、news、public_info 或 other_law。</translation>
    </message>
    <message>
        <source>--processors takes processor numbers, e.g. 1,3.</source>
        <translation>--processors 须为受托人编号，例如 1,3。</translation>
    </message>
    <message>
        <source>People counts are whole numbers, 0 or more.</source>
        <translation>人数须为 0 或以上的整数。</translation>
    </message>
    <message>
        <source>activities show needs the activity number.</source>
        <translation>activities show 需要处理活动编号。</translation>
    </message>
    <message>
        <source>The processing activity.</source>
        <translation>处理活动。</translation>
    </message>
    <message>
        <source>add: date of the assessment (YYYY-MM-DD; default today).</source>
        <translation>add：评估日期（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>add: are purpose and method lawful, proper and necessary (art. 56(1)).</source>
        <translation>add：处理目的、处理方式等是否合法、正当、必要（第五十六条第一项）。</translation>
    </message>
    <message>
        <source>add: impact on the people and the risks (art. 56(2)).</source>
        <translation>add：对个人权益的影响及安全风险（第五十六条第二项）。</translation>
    </message>
    <message>
        <source>add: are the measures lawful, effective and proportionate (art. 56(3)).</source>
        <translation>add：保护措施是否合法、有效并与风险程度相适应（第五十六条第三项）。</translation>
    </message>
    <message>
        <source>add: conclusion.</source>
        <translation>add：结论。</translation>
    </message>
    <message>
        <source>add: who approved it.</source>
        <translation>add：批准人。</translation>
    </message>
    <message>
        <source>list | add | remove ID</source>
        <translation>list | add | remove ID</translation>
    </message>
    <message>
        <source>pia needs an action: list, add or remove.</source>
        <translation>pia 需要一个操作：list、add 或 remove。</translation>
    </message>
    <message>
        <source>--activity takes the activity number.</source>
        <translation>--activity 须为处理活动编号。</translation>
    </message>
    <message>
        <source>pia remove needs the assessment number.</source>
        <translation>pia remove 需要评估编号。</translation>
    </message>
    <message>
        <source>link: the disclosure number.</source>
        <translation>link：共享记录编号。</translation>
    </message>
    <message>
        <source>link: the processor number (0 unlinks).</source>
        <translation>link：受托人编号（0 表示取消关联）。</translation>
    </message>
    <message>
        <source>processors link needs --disclosure ID and --processor ID.</source>
        <translation>processors link 需要 --disclosure ID 和 --processor ID。</translation>
    </message>
    <message>
        <source>Register of processing activities: list, show, add.</source>
        <translation>个人信息处理活动记录：list、show、add。</translation>
    </message>
    <message>
        <source>Impact assessments (PIPL art. 55/56): list, add, remove.</source>
        <translation>个人信息保护影响评估（第五十五、五十六条）：list、add、remove。</translation>
    </message>
    <message>
        <source>Cross-border check: which mechanism applies this year.</source>
        <translation>数据出境检查：本年度适用的机制。</translation>
    </message>
    <message>
        <source>grade/grading: people whose sensitive personal information is affected.</source>
        <translation>grade/grading：敏感个人信息受影响的人数。</translation>
    </message>
    <message>
        <source>grade/grading: direct economic loss in yuan.</source>
        <translation>grade/grading：直接经济损失（元）。</translation>
    </message>
    <message>
        <source>file-report/report: initial, supplementary or final.</source>
        <translation>file-report/report：initial（首次报告）、supplementary（补报）或 final（总结报告）。</translation>
    </message>
    <message>
        <source>grading: facility, system or platform affected.</source>
        <translation>grading：发生事件的设施、系统、平台。</translation>
    </message>
    <message>
        <source>grading: where it was discovered or occurred.</source>
        <translation>grading：发现或发生地点。</translation>
    </message>
    <message>
        <source>grading: the effect of the measures taken.</source>
        <translation>grading：已采取措施的效果。</translation>
    </message>
    <message>
        <source>grading: trend and possible further harm.</source>
        <translation>grading：事态发展趋势及可能的进一步危害。</translation>
    </message>
    <message>
        <source>grading: leads for tracing (attacker, path, vulnerabilities).</source>
        <translation>grading：溯源线索（攻击者、攻击路径、漏洞）。</translation>
    </message>
    <message>
        <source>grading: next steps and support requested.</source>
        <translation>grading：拟采取的措施及请求支援事项。</translation>
    </message>
    <message>
        <source>grading: contact person for the regulator.</source>
        <translation>grading：与监管部门联系的联系人。</translation>
    </message>
    <message>
        <source>grading: rectification (final report).</source>
        <translation>grading：整改情况（总结报告）。</translation>
    </message>
    <message>
        <source>grading: lessons learnt (final report).</source>
        <translation>grading：经验教训（总结报告）。</translation>
    </message>
    <message>
        <source>grading: ransomware: amount, method and date demanded.</source>
        <translation>grading：勒索软件：要求支付赎金的金额、方式、日期。</translation>
    </message>
    <message>
        <source>grading: hours the systems were disrupted.</source>
        <translation>grading：系统中断运行的小时数。</translation>
    </message>
    <message>
        <source>grading: date the police report was made (YYYY-MM-DD).</source>
        <translation>grading：向公安机关报案的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>grading: the police case number.</source>
        <translation>grading：公安机关案件编号。</translation>
    </message>
    <message>
        <source>grading: when handling ended (ISO 8601).</source>
        <translation>grading：处置结束时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>file-report: what the report said, in short.</source>
        <translation>file-report：报告内容摘要。</translation>
    </message>
    <message>
        <source>operator: cii, state_organ or other.</source>
        <translation>operator：cii（关键信息基础设施运营者）、state_organ（中央和国家机关）或 other（其他）。</translation>
    </message>
    <message>
        <source>operator: the operator&apos;s name on reports.</source>
        <translation>operator：报告上的网络运营者名称。</translation>
    </message>
    <message>
        <source>grading: the incident is a ransomware attack.</source>
        <translation>grading：事件为勒索软件攻击。</translation>
    </message>
    <message>
        <source>grading: a crime is suspected.</source>
        <translation>grading：涉嫌违法犯罪。</translation>
    </message>
    <message>
        <source>incidents grade needs --people N (a whole number, 0 or more).</source>
        <translation>incidents grade 需要 --people N（0 或以上的整数）。</translation>
    </message>
    <message>
        <source>--sensitive-people takes a whole number, 0 or more.</source>
        <translation>--sensitive-people 须为 0 或以上的整数。</translation>
    </message>
    <message>
        <source>--loss-yuan takes a whole number of yuan, 0 or more.</source>
        <translation>--loss-yuan 须为 0 或以上的整数（元）。</translation>
    </message>
    <message>
        <source>--sensitive-people cannot exceed --people.</source>
        <translation>--sensitive-people 不能大于 --people。</translation>
    </message>
    <message>
        <source>--kind takes initial, supplementary or final.</source>
        <translation>--kind 须为 initial、supplementary 或 final。</translation>
    </message>
    <message>
        <source>--operator-type takes cii, state_organ or other.</source>
        <translation>--operator-type 须为 cii、state_organ 或 other。</translation>
    </message>
    <message>
        <source>incidents file-report needs --kind initial, supplementary or final.</source>
        <translation>incidents file-report 需要 --kind initial、supplementary 或 final。</translation>
    </message>
    <message>
        <source>--disruption-hours takes a whole number of hours.</source>
        <translation>--disruption-hours 须为整数小时。</translation>
    </message>
    <message>
        <source>grade | grading ID | file-report ID | reports ID | report ID --kind KIND | operator</source>
        <translation>grade | grading ID | file-report ID | reports ID | report ID --kind KIND | operator</translation>
    </message>
    <message>
        <source>Name the linked contact submission to correct with --submission ID.</source>
        <translation>请用 --submission ID 指定要更正的已关联联系记录。</translation>
    </message>
    <message>
        <source>Give at least one corrected value: --name, --phone, --email, --region or --message.</source>
        <translation>请至少提供一项更正后的值：--name、--phone、--email、--region 或 --message。</translation>
    </message>
    <message>
        <source>--confirm and --dismiss take submission:ID or request:ID.</source>
        <translation>--confirm 和 --dismiss 的参数为 submission:ID 或 request:ID。</translation>
    </message>
    <message>
        <source>Decide each with: requests matches %1 --confirm TYPE:ID or --dismiss TYPE:ID.</source>
        <translation>请逐条处理：requests matches %1 --confirm 类型:ID 或 --dismiss 类型:ID。</translation>
    </message>
    <message>
        <source>Requester&apos;s name (add) or corrected name (correct).</source>
        <translation>请求人姓名（add）或更正后的姓名（correct）。</translation>
    </message>
    <message>
        <source>Requester&apos;s email (add) or corrected email (correct).</source>
        <translation>请求人电子邮箱（add）或更正后的电子邮箱（correct）。</translation>
    </message>
    <message>
        <source>Requester&apos;s phone (add) or corrected phone (correct).</source>
        <translation>请求人电话（add）或更正后的电话（correct）。</translation>
    </message>
    <message>
        <source>Linked contact submission to correct (correct).</source>
        <translation>要更正的已关联联系记录（correct）。</translation>
    </message>
    <message>
        <source>Corrected region (correct).</source>
        <translation>更正后的所在地区（correct）。</translation>
    </message>
    <message>
        <source>Corrected message (correct).</source>
        <translation>更正后的留言内容（correct）。</translation>
    </message>
    <message>
        <source>Confirm a proposed record as the person&apos;s (matches).</source>
        <translation>确认系统提示的记录属于请求人本人（matches）。</translation>
    </message>
    <message>
        <source>Dismiss a proposed record as another person&apos;s (matches).</source>
        <translation>排除系统提示的记录，确认其属于他人（matches）。</translation>
    </message>
    <message>
        <source>add | list | show | transition | correct | matches | fulfil | letter | certificate | signoff | register</source>
        <translation>add | list | show | transition | correct | matches | fulfil | letter | certificate | signoff | register</translation>
    </message>
    <message>
        <source>Rights requests: add, list, show, transition, correct, matches, fulfil, letters.</source>
        <translation>权利请求：新增、列出、查看、状态变更、更正、匹配确认、办结、答复函。</translation>
    </message>
    <message>
        <source>Check the vault&apos;s integrity and the audit chain (--deep: also the search index, links and erasure ledger).</source>
        <translation>检查加密数据库的完整性和审计日志哈希链（--deep：另检查检索索引、关联和删除记录表）。</translation>
    </message>
    <message>
        <source>The vault cannot be opened (damaged or missing): --user names an administrator of the backup, who authorises the restore with the backup&apos;s password. A vault that opens is refused.</source>
        <translation>加密数据库无法打开（已损坏或丢失）：--user 指定备份中的一名管理员，由其使用在备份中的密码授权恢复。可以打开的加密数据库将被拒绝。</translation>
    </message>
    <message>
        <source>With --unopenable: a further folder with copies of the vault (automatic backups) whose erasure ledgers are re-applied. Repeatable.</source>
        <translation>与 --unopenable 一起使用：另一个存放该加密数据库副本（自动备份）的文件夹，其删除记录表将被重新执行。可重复指定。</translation>
    </message>
    <message>
        <source>update: the processor number.</source>
        <translation>update：受托人编号。</translation>
    </message>
    <message>
        <source>add/update: processor name.</source>
        <translation>add/update：受托人名称。</translation>
    </message>
    <message>
        <source>add/update: contact.</source>
        <translation>add/update：联系方式。</translation>
    </message>
    <message>
        <source>add/update: contract signed (YYYY-MM-DD).</source>
        <translation>add/update：合同签订日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>add/update: contract expires (YYYY-MM-DD, or none).</source>
        <translation>add/update：合同到期日期（YYYY-MM-DD，或 none）。</translation>
    </message>
    <message>
        <source>add/update: data entrusted.</source>
        <translation>add/update：委托处理的数据。</translation>
    </message>
    <message>
        <source>add/update: security measures.</source>
        <translation>add/update：安全保护措施。</translation>
    </message>
    <message>
        <source>add/update: last audit (YYYY-MM-DD, or none).</source>
        <translation>add/update：最近一次审计日期（YYYY-MM-DD，或 none）。</translation>
    </message>
    <message>
        <source>add/update: next review of the processor (YYYY-MM-DD, or none).</source>
        <translation>add/update：受托人下次复核日期（YYYY-MM-DD，或 none）。</translation>
    </message>
    <message>
        <source>add/update: days before expiry to remind.</source>
        <translation>add/update：合同到期前提醒的天数。</translation>
    </message>
    <message>
        <source>add/update: notes.</source>
        <translation>add/update：备注。</translation>
    </message>
    <message>
        <source>list | add | update | link</source>
        <translation>list | add | update | link</translation>
    </message>
    <message>
        <source>processors needs an action: list, add, update or link.</source>
        <translation>processors 需要一个操作：list、add、update 或 link。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; --remind-days takes a whole number.</source>
        <translation>日期格式为 YYYY-MM-DD；--remind-days 须为整数。</translation>
    </message>
    <message>
        <source>processors update needs --id N.</source>
        <translation>processors update 需要 --id N。</translation>
    </message>
    <message>
        <source>Entrusted processors (PIPL art. 21): list, add, update, link.</source>
        <translation>受托人（《个人信息保护法》第二十一条）：list、add、update、link。</translation>
    </message>
    <message>
        <source>--kind takes periodic or ordered.</source>
        <translation>--kind 取值为 periodic 或 ordered。</translation>
    </message>
    <message>
        <source>--auditor-kind takes internal or external.</source>
        <translation>--auditor-kind 取值为 internal 或 external。</translation>
    </message>
    <message>
        <source>--status takes planned, in_progress, completed or cancelled.</source>
        <translation>--status 取值为 planned、in_progress、completed 或 cancelled。</translation>
    </message>
    <message>
        <source>audits show needs the audit number.</source>
        <translation>audits show 需要审计编号。</translation>
    </message>
    <message>
        <source>audits update needs the audit number.</source>
        <translation>audits update 需要审计编号。</translation>
    </message>
    <message>
        <source>audits finding-add needs the audit number; dates are written YYYY-MM-DD.</source>
        <translation>audits finding-add 需要审计编号；日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>audits finding-close needs the finding number; dates are written YYYY-MM-DD.</source>
        <translation>audits finding-close 需要审计发现编号；日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>audits report needs the audit number, --out FILE.pdf and --lang zh_CN or en.</source>
        <translation>audits report 需要审计编号、--out FILE.pdf 以及 --lang zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--cycle-months takes a whole number of months.</source>
        <translation>--cycle-months 取整数月数。</translation>
    </message>
    <message>
        <source>--target takes control, pia or processor; dates are written YYYY-MM-DD.</source>
        <translation>--target 取值为 control、pia 或 processor；日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>add: periodic or ordered (by the regulator).</source>
        <translation>add：periodic（定期）或 ordered（监管部门要求）。</translation>
    </message>
    <message>
        <source>add, update: scope of the audit.</source>
        <translation>add、update：审计范围。</translation>
    </message>
    <message>
        <source>add, update: internal or external (professional institution).</source>
        <translation>add、update：internal（内部机构）或 external（专业机构）。</translation>
    </message>
    <message>
        <source>add, update: the department or the professional institution.</source>
        <translation>add、update：内部机构或专业机构名称。</translation>
    </message>
    <message>
        <source>add, update: the authority that ordered the audit.</source>
        <translation>add、update：要求审计的部门。</translation>
    </message>
    <message>
        <source>add, update: date ordered (YYYY-MM-DD).</source>
        <translation>add、update：要求日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>add, update, finding-add: due date (YYYY-MM-DD).</source>
        <translation>add、update、finding-add：截止日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>add, update: start date (YYYY-MM-DD).</source>
        <translation>add、update：开始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>add, update: end date (YYYY-MM-DD).</source>
        <translation>add、update：结束日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>add, update: planned, in_progress, completed or cancelled.</source>
        <translation>add、update：planned、in_progress、completed 或 cancelled。</translation>
    </message>
    <message>
        <source>add, update: the audit&apos;s conclusion.</source>
        <translation>add、update：审计结论。</translation>
    </message>
    <message>
        <source>finding-add: the finding.</source>
        <translation>finding-add：审计发现。</translation>
    </message>
    <message>
        <source>finding-add, evidence: who is responsible.</source>
        <translation>finding-add、evidence：负责人。</translation>
    </message>
    <message>
        <source>finding-add, finding-close: evidence notes.</source>
        <translation>finding-add、finding-close：证据说明。</translation>
    </message>
    <message>
        <source>finding-close: date closed (YYYY-MM-DD; default today).</source>
        <translation>finding-close：关闭日期（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>report: PDF file to write.</source>
        <translation>report：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>officer: name of the personal information protection officer.</source>
        <translation>officer：个人信息保护负责人姓名。</translation>
    </message>
    <message>
        <source>officer: the officer&apos;s contact.</source>
        <translation>officer：负责人的联系方式。</translation>
    </message>
    <message>
        <source>schedule: the office&apos;s own audit cycle in months.</source>
        <translation>schedule：本单位自定的审计周期（月）。</translation>
    </message>
    <message>
        <source>evidence: control, pia or processor.</source>
        <translation>evidence：control、pia 或 processor。</translation>
    </message>
    <message>
        <source>evidence: control number (e.g. 5.10) or record number.</source>
        <translation>evidence：控制措施编号（如 5.10）或记录编号。</translation>
    </message>
    <message>
        <source>evidence: expiry or next review date (YYYY-MM-DD).</source>
        <translation>evidence：到期日期或下次复核日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>list | add | show ID | update ID | finding-add ID | finding-close FINDING | report ID | schedule | officer | evidence</source>
        <translation>list | add | show ID | update ID | finding-add ID | finding-close FINDING | report ID | schedule | officer | evidence</translation>
    </message>
    <message>
        <source>audits needs an action: %1.</source>
        <translation>audits 需要一个操作：%1。</translation>
    </message>
    <message>
        <source>Compliance audits, findings, schedule, the protection officer and evidence expiry.</source>
        <translation>合规审计、审计发现、审计计划、个人信息保护负责人和证据到期。</translation>
    </message>
    <message>
        <source>approved: approve although items of the contents check are not ticked (recorded in the audit log).</source>
        <translation>approved：内容核对有未勾选条目时仍然批准（记入审计日志）。</translation>
    </message>
    <message>
        <source>Tick an item (repeatable).</source>
        <translation>勾选一个条目（可重复）。</translation>
    </message>
    <message>
        <source>Untick an item (repeatable).</source>
        <translation>取消勾选一个条目（可重复）。</translation>
    </message>
    <message>
        <source>Note or section of an item, e.g. collected_list=二.1 (repeatable).</source>
        <translation>条目的备注或所在章节，例如 collected_list=二.1（可重复）。</translation>
    </message>
    <message>
        <source>policy contents needs a LABEL. Items: %1.</source>
        <translation>policy contents 需要版本标签 LABEL。条目：%1。</translation>
    </message>
    <message>
        <source>--note takes KEY=TEXT, e.g. collected_list=二.1.</source>
        <translation>--note 的格式为 KEY=TEXT，例如 collected_list=二.1。</translation>
    </message>
    <message>
        <source># Contents check (NDSMR art. 21) of %1 %2
</source>
        <translation># %1 %2 的内容核对（《网络数据安全管理条例》第二十一条）
</translation>
    </message>
    <message>
        <source>policy needs a subcommand: import, list, diff, transition, contents or export.</source>
        <translation>policy 需要一个子命令：import、list、diff、transition、contents 或 export。</translation>
    </message>
    <message>
        <source>Policy versions: import, list, diff, transition (review, approve, publish), contents, export.</source>
        <translation>政策版本：import、list、diff、transition（审阅、批准、发布）、contents、export。</translation>
    </message>
    <message>
        <source>add: the recipient&apos;s number among the entrusted processors.</source>
        <translation>add：接收方在受托人记录中的编号。</translation>
    </message>
    <message>
        <source>--processor takes a processor number.</source>
        <translation>--processor 须为受托人编号。</translation>
    </message>
    <message>
        <source>Also check the search index against the records, the stored number of submissions, every link, and the erasure ledger.</source>
        <translation>同时核对检索索引与记录是否一致、保存的联系记录数量、所有关联以及删除记录表。</translation>
    </message>
</context>
<context>
    <name>cd::ui::AboutDialog</name>
    <message>
        <source>About Compliance Desk</source>
        <translation>关于合规工作台</translation>
    </message>
    <message>
        <source>Compliance Desk</source>
        <translation>合规工作台</translation>
    </message>
    <message>
        <source>合规工作台 — privacy and information-security compliance, offline.</source>
        <translation>Compliance Desk — 离线运行的个人信息保护与信息安全合规工具。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>Vault format this program writes</source>
        <translation>本程序写入的加密数据库格式</translation>
    </message>
    <message>
        <source>Format of the open vault</source>
        <translation>当前打开的加密数据库格式</translation>
    </message>
    <message>
        <source>Contact: security@vivest.cn</source>
        <translation>联系方式：security@vivest.cn</translation>
    </message>
</context>
<context>
    <name>cd::ui::ActivitiesTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>处理活动</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>数据出境</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>处理活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>涉及的个人类别</translation>
    </message>
    <message>
        <source>Under-14s</source>
        <translation>不满十四周岁的未成年人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Legal basis (PIPL art. 13)</source>
        <translation>法律依据（《个人信息保护法》第十三条）</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Cross-border transfer (数据出境)</source>
        <translation>数据出境</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>自动化决策</translation>
    </message>
    <message>
        <source>Provided to others or published</source>
        <translation>向他人提供或公开</translation>
    </message>
    <message>
        <source>Policy section</source>
        <translation>政策章节</translation>
    </message>
    <message>
        <source>People since 1 January</source>
        <translation>自1月1日起累计人数</translation>
    </message>
    <message>
        <source>Of them, sensitive information</source>
        <translation>其中涉及敏感个人信息</translation>
    </message>
    <message>
        <source>Assessment review cycle (months)</source>
        <translation>评估复评周期（月）</translation>
    </message>
    <message>
        <source>Processors (numbers)</source>
        <translation>受托人（编号）</translation>
    </message>
    <message>
        <source>Includes people under 14</source>
        <translation>包含不满十四周岁的未成年人</translation>
    </message>
    <message>
        <source>Transferred outside mainland China</source>
        <translation>向境外提供</translation>
    </message>
    <message>
        <source>Uses automated decision-making</source>
        <translation>使用自动化决策</translation>
    </message>
    <message>
        <source>Provided to other handlers or published</source>
        <translation>向其他个人信息处理者提供或公开</translation>
    </message>
    <message>
        <source>e.g. 1,3</source>
        <translation>例如 1,3</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建处理活动</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>保存处理活动</translation>
    </message>
    <message>
        <source>Impact assessments (个人信息保护影响评估)</source>
        <translation>个人信息保护影响评估</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <source>Record an assessment…</source>
        <translation>记录评估…</translation>
    </message>
    <message>
        <source>Evidence of the selected assessment:</source>
        <translation>所选评估的证据：</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Cross-border check (2024 Provisions): %1 — %2 people since 1 January, %3 with sensitive information, from %4 activities.</source>
        <translation>数据出境检查（《促进和规范数据跨境流动规定》）：%1 —— 自1月1日起 %2 人，其中敏感个人信息 %3 人，来自 %4 项处理活动。</translation>
    </message>
    <message>
        <source>Processing activity %1</source>
        <translation>处理活动 %1</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>新的处理活动</translation>
    </message>
    <message>
        <source>Required because of: %1</source>
        <translation>需要评估的原因：%1</translation>
    </message>
    <message>
        <source>Next review due: %1</source>
        <translation>下次复评日期：%1</translation>
    </message>
    <message>
        <source>Processor numbers are whole numbers separated by commas.</source>
        <translation>受托人编号须为以逗号分隔的整数。</translation>
    </message>
    <message>
        <source>Before saving: %1</source>
        <translation>保存前：%1</translation>
    </message>
    <message>
        <source>Processing activity %1 saved.</source>
        <translation>处理活动 %1 已保存。</translation>
    </message>
    <message>
        <source>Impact assessment recorded.</source>
        <translation>影响评估已记录。</translation>
    </message>
</context>
<context>
    <name>cd::ui::AttachmentsBox</name>
    <message>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Documents kept encrypted inside the vault</source>
        <translation>加密存储在加密数据库中的文档</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the vault? It cannot be recovered.</source>
        <translation>要从加密数据库中移除“%1”吗？移除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditLogModel</name>
    <message>
        <source>Entry %1, hash %2</source>
        <translation>第 %1 条，哈希 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>变更字段</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditLogPage</name>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is intact and the audit chain of %1 entries verifies.
Head hash: %2</source>
        <translation>加密数据库完好，%1 条条目的审计链校验通过。
链头哈希：%2</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>完整性检查失败：%1</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and report the first entry that was altered, removed or moved.</source>
        <translation>重新计算每个条目的哈希，并报告第一个被篡改、删除或移动的条目。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>The audit log has no entries yet. Every change made in this vault is recorded here.</source>
        <translation>审计日志中尚无条目。在本加密数据库中所做的每项更改都会记录在此。</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合这些筛选条件的条目。</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>显示全部条目</translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>审计范围</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计机构</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审计发现</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Compliance audit</source>
        <translation>合规审计</translation>
    </message>
    <message>
        <source>New audit</source>
        <translation>新建审计</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>保存审计</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审计发现</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>添加审计发现</translation>
    </message>
    <message>
        <source>Evidence that the selected finding was remedied</source>
        <translation>所选审计发现已整改的证据</translation>
    </message>
    <message>
        <source>Close finding</source>
        <translation>关闭审计发现</translation>
    </message>
    <message>
        <source>Personal information protection officer and audit cycle</source>
        <translation>个人信息保护负责人与审计周期</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Evidence owners and expiry dates</source>
        <translation>证据负责人与到期日期</translation>
    </message>
    <message>
        <source>Control (e.g. 5.10) or record number</source>
        <translation>控制措施（如 5.10）或记录编号</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The vault holds %1 people&apos;s personal information, more than 10,000,000: a compliance audit is required at least every two years.</source>
        <translation>加密数据库中的个人信息涉及 %1 人，超过 1000 万人：应当每两年至少开展一次合规审计。</translation>
    </message>
    <message numerus="yes">
        <source>The vault holds %1 people&apos;s personal information; periodic audits follow the office&apos;s cycle of %n month(s).</source>
        <translation>
            <numerusform>加密数据库中的个人信息涉及 %1 人；定期审计按本单位周期每 %n 个月开展一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last completed periodic audit: %1. Next due: %2.</source>
        <translation>最近一次完成的定期审计：%1。下一次截止日期：%2。</translation>
    </message>
    <message>
        <source>A personal information protection officer is required from 1,000,000 people (PIPL art. 52) and none is named.</source>
        <translation>处理 100 万人以上个人信息应当指定个人信息保护负责人（《个人信息保护法》第五十二条），目前尚未指定。</translation>
    </message>
    <message>
        <source>No personal information protection officer named (required from 1,000,000 people).</source>
        <translation>尚未指定个人信息保护负责人（100 万人以上时必须指定）。</translation>
    </message>
    <message>
        <source>Personal information protection officer: %1 (%2); shown on every report and letter.</source>
        <translation>个人信息保护负责人：%1（%2）；显示在每份报告和函件上。</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <comment>finding status</comment>
        <translation>未关闭，已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>finding status</comment>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Compliance audit %1 saved.</source>
        <translation>合规审计 %1 已保存。</translation>
    </message>
    <message>
        <source>Finding %1 added.</source>
        <translation>审计发现 %1 已添加。</translation>
    </message>
    <message>
        <source>Finding %1 closed.</source>
        <translation>审计发现 %1 已关闭。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Evidence owner and expiry saved.</source>
        <translation>证据负责人和到期日期已保存。</translation>
    </message>
    <message>
        <source>Personal information protection compliance audit report</source>
        <translation>个人信息保护合规审计报告</translation>
    </message>
    <message>
        <source>Select a compliance audit to print its report.</source>
        <translation>请选择一项合规审计以打印其报告。</translation>
    </message>
    <message>
        <source>No compliance audits recorded. Record each periodic audit, and each audit a regulator orders, with New audit.</source>
        <translation>尚无合规审计记录。每次定期审计以及监管部门要求的每次审计，都请用“新建审计”记录。</translation>
    </message>
    <message>
        <source>No evidence reviews scheduled. Set an expiry date for a record&apos;s evidence below.</source>
        <translation>尚未安排证据复核。请在下方为记录的证据设置到期日期。</translation>
    </message>
    <message>
        <source>No findings recorded for this audit. Add each finding with its owner and due date below.</source>
        <translation>本次审计尚无审计发现。请在下方逐项添加审计发现及其负责人和截止日期。</translation>
    </message>
    <message>
        <source>Save the audit to record its findings.</source>
        <translation>保存审计后即可记录其审计发现。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>审计范围：</translation>
    </message>
    <message>
        <source>Auditor:</source>
        <translation>审计机构：</translation>
    </message>
    <message>
        <source>Department or institution:</source>
        <translation>内部机构或专业机构：</translation>
    </message>
    <message>
        <source>Ordered by:</source>
        <translation>要求审计的部门：</translation>
    </message>
    <message>
        <source>Ordered on:</source>
        <translation>要求日期：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>审计结论：</translation>
    </message>
    <message>
        <source>Officer&apos;s name:</source>
        <translation>负责人姓名：</translation>
    </message>
    <message>
        <source>Officer&apos;s contact:</source>
        <translation>负责人联系方式：</translation>
    </message>
    <message>
        <source>Periodic audit every (months):</source>
        <translation>定期审计周期（月）：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>到期日期：</translation>
    </message>
</context>
<context>
    <name>cd::ui::CalendarRuleBox</name>
    <message>
        <source>Added to this vault</source>
        <translation>在本加密数据库中添加</translation>
    </message>
    <message>
        <source>Shipped with the program</source>
        <translation>随程序提供</translation>
    </message>
    <message>
        <source>Shipped, changed in this vault</source>
        <translation>随程序提供，已在本加密数据库中修改</translation>
    </message>
    <message>
        <source>No calendar for %1 is loaded: working days in %1 skip only weekends. Import the official calendar when the State Council publishes it.</source>
        <translation>尚未加载 %1 年的日历：%1 年的工作日仅跳过周末。国务院发布官方日历后，请导入该日历。</translation>
    </message>
    <message>
        <source>Imported the calendar of %1. Requests received from now on follow it.</source>
        <translation>已导入 %1 年的日历。今后收到的请求将按此日历计算。</translation>
    </message>
    <message>
        <source>No calendar for %1 is loaded.</source>
        <translation>尚未加载 %1 年的日历。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the calendar of %1 to %2.</source>
        <translation>已将 %1 年的日历导出到 %2。</translation>
    </message>
    <message>
        <source>Saved the calendar of %1.</source>
        <translation>已保存 %1 年的日历。</translation>
    </message>
    <message>
        <source>Import a holiday calendar</source>
        <translation>导入节假日日历</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json);;All files (*)</source>
        <translation>节假日日历 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A calendar for %1 is already loaded. Replace it with the file&apos;s?</source>
        <translation>已加载 %1 年的日历。要用该文件中的日历替换吗？</translation>
    </message>
    <message>
        <source>Export the holiday calendar</source>
        <translation>导出节假日日历</translation>
    </message>
    <message>
        <source>Holiday calendar (*.json)</source>
        <translation>节假日日历 (*.json)</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>添加年份</translation>
    </message>
    <message>
        <source>Year whose holidays and make-up working days you want to enter:</source>
        <translation>要录入节假日和调休补班日的年份：</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <source>Working-day deadlines skip weekends and public holidays and count the weekend days declared as make-up working days (调休). In years not listed here only weekends are skipped.</source>
        <translation>按工作日计算的期限会跳过周末和法定节假日，并将宣布为调休补班日的周末计入工作日。未在此列出的年份仅跳过周末。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休补班日</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>No holiday calendar yet, so working-day deadlines skip weekends only. Import next year&apos;s holidays from the State Council&apos;s notice.</source>
        <translation>尚无节假日日历，因此按工作日计算的期限仅跳过周末。请根据国务院通知导入明年的节假日。</translation>
    </message>
    <message>
        <source>Import a calendar…</source>
        <translation>导入日历…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;year…</source>
        <translation>添加年份(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>cd::ui::CalendarYearDialog</name>
    <message>
        <source>Holidays and make-up working days of %1</source>
        <translation>%1 年的节假日和调休补班日</translation>
    </message>
    <message>
        <source>List the public holidays and the weekend days declared as make-up working days (调休). Other weekdays are working days; other weekend days are not.</source>
        <translation>请列出法定节假日以及被定为调休补班日的周末日期（调休）。其他周一至周五均为工作日；其他周末日期均不是工作日。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day (调休)</source>
        <translation>调休补班日（调休）</translation>
    </message>
    <message>
        <source>Name, e.g. 春节</source>
        <translation>名称，例如 春节</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a date in %1.</source>
        <translation>请选择 %1 年内的日期。</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up working day.</source>
        <translation>%1 是工作日（周一至周五）：只有周六或周日才能作为调休补班日。</translation>
    </message>
</context>
<context>
    <name>cd::ui::Charts</name>
    <message>
        <source>No data for this period</source>
        <translation>此期间没有数据</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last quarter (3 months)</source>
        <translation>最近一个季度（3 个月）</translation>
    </message>
    <message>
        <source>Last year (12 months)</source>
        <translation>最近一年（12 个月）</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期间开始日期</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期间结束日期</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>待关注事项(&amp;N)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The period&apos;s first day must be on or before its last day.</source>
        <translation>期间的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, compared with the %n day(s) before; as of %3</source>
        <translation>
            <numerusform>%1 至 %2，与之前的 %n 天相比；截至 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>今天没有需要关注的事项。</translation>
    </message>
    <message>
        <source>Late. Double-click or press Enter to open it.</source>
        <translation>已逾期。双击或按 Enter 键打开。</translation>
    </message>
    <message>
        <source>Due soon. Double-click or press Enter to open it.</source>
        <translation>即将到期。双击或按 Enter 键打开。</translation>
    </message>
    <message>
        <source>Evidence reminders: %1 expired, %2 expiring within 30 days</source>
        <translation>证据提醒：%1 项已过期，%2 项将在 30 天内到期</translation>
    </message>
</context>
<context>
    <name>cd::ui::DeadlineExtensionDialog</name>
    <message>
        <source>Only deadlines counted in calendar months can be extended; this request&apos;s rule is %1.</source>
        <translation>只有以自然月计算的期限才能延长；此请求的规则为 %1。</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>该请求已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>The deadline was already extended by the maximum of %n month(s).</source>
        <translation>
            <numerusform>截止日期已延长至上限 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the deadline – %1</source>
        <translation>延长期限 – %1</translation>
    </message>
    <message numerus="yes">
        <source>The deadline is counted in calendar months (%1) and may be extended by up to %n more month(s). The reason is kept with the request and shown in its timeline; tell the person about the extension and why.</source>
        <translation>
            <numerusform>该期限以自然月计算（%1），最多还可延长 %n 个月。延长理由将随请求保存并显示在其时间线中；请告知本人延长期限及其原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Current due date:</source>
        <translation>当前截止日期：</translation>
    </message>
    <message>
        <source>Already extended:</source>
        <translation>已延长：</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Extend &amp;by:</source>
        <translation>延长(&amp;B)：</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>新截止日期：</translation>
    </message>
    <message>
        <source>Why more time is needed, e.g. the request covers many records in several systems</source>
        <translation>需要更多时间的原因，例如该请求涉及多个系统中的大量记录</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Extend deadline</source>
        <translation>延长期限(&amp;E)</translation>
    </message>
</context>
<context>
    <name>cd::ui::DeadlineRuleBox</name>
    <message>
        <source>A request received today (%1) is due on %2.</source>
        <translation>今天（%1）收到的请求，截止日期为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>It can be extended by up to %n more month(s), with a reason.</source>
        <translation>
            <numerusform>可说明理由，最多再延长 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: requests received from now on are due after %1.</source>
        <translation>已保存：今后收到的请求，答复期限为 %1。</translation>
    </message>
    <message>
        <source>Rights requests: deadline</source>
        <translation>权利请求：截止期限</translation>
    </message>
    <message>
        <source>Respond &amp;within:</source>
        <translation>答复期限(&amp;W)：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <source>calendar months</source>
        <translation>个自然月</translation>
    </message>
    <message>
        <source>The App illegal-collection identification method (2019) allows at most 15 working days, the default. GB/T 35273 is often cited as 30 days; GDPR art. 12(3) gives one month, extendable by two. Counting starts the day after receipt. A new rule applies to requests received from then on; earlier requests keep their due dates.</source>
        <translation>《App违法违规收集使用个人信息行为认定方法》（2019年）规定最长不超过 15 个工作日，即默认值。GB/T 35273 常被引用为 30 天；GDPR 第 12(3) 条规定为一个月，可再延长两个月。期限自收到请求的次日起算。新规则适用于此后收到的请求；之前的请求保留原截止日期。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the deadline rule</source>
        <translation>保存截止期限规则</translation>
    </message>
    <message>
        <source>Default (15 working days)</source>
        <translation>默认（15 个工作日）</translation>
    </message>
</context>
<context>
    <name>cd::ui::DiscardGuard</name>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>要放弃在此表单中输入的内容吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Discard your changes to this record?</source>
        <translation>放弃对此记录的修改吗？</translation>
    </message>
</context>
<context>
    <name>cd::ui::DisclosureModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
</context>
<context>
    <name>cd::ui::DisclosuresTab</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any legal basis</source>
        <translation>不限法律依据</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search recipient or purpose</source>
        <translation>搜索接收方或目的</translation>
    </message>
    <message>
        <source>Export CSV/XLSX…</source>
        <translation>导出 CSV/XLSX…</translation>
    </message>
    <message>
        <source>Register report…</source>
        <translation>登记册报告…</translation>
    </message>
    <message>
        <source>Disclosure event</source>
        <translation>披露事件</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>接收方(&amp;R)</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>接收方类型</translation>
    </message>
    <message>
        <source>Recipient contact</source>
        <translation>接收方联系方式</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>法律依据(&amp;B)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Consent recorded in</source>
        <translation>同意记录位置</translation>
    </message>
    <message>
        <source>e.g. order page consent log, version of the consent text</source>
        <translation>例如：下单页面的同意日志、同意文本的版本</translation>
    </message>
    <message>
        <source>Law and article</source>
        <translation>法律及条款</translation>
    </message>
    <message>
        <source>e.g. PIPL art. 13(3)</source>
        <translation>例如：《个人信息保护法》第十三条第一款第（三）项</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>Disclosure event %1</source>
        <translation>披露事件 %1</translation>
    </message>
    <message>
        <source>New disclosure event</source>
        <translation>新建披露事件</translation>
    </message>
    <message>
        <source>Before saving: %1</source>
        <translation>保存前请处理：%1</translation>
    </message>
    <message>
        <source>Save disclosure</source>
        <translation>保存披露事件</translation>
    </message>
    <message>
        <source>Disclosure event %1 saved.</source>
        <translation>披露事件 %1 已保存。</translation>
    </message>
    <message>
        <source>Delete disclosure</source>
        <translation>删除披露事件</translation>
    </message>
    <message>
        <source>Delete disclosure event %1 and its documents? The register is evidence of how personal information left the company; delete only entries made in error.</source>
        <translation>要删除披露事件 %1 及其文档吗？该记录是个人信息向公司以外提供情况的证据；请仅删除误录的条目。</translation>
    </message>
    <message>
        <source>Export disclosure register</source>
        <translation>导出共享、转让与公开披露记录</translation>
    </message>
    <message>
        <source>The export names recipients and their contacts and is not encrypted. Keep the file safe and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>导出文件包含接收方名称及其联系方式，且未加密。请妥善保管该文件，不再需要时将其删除。此次导出已记录在审计日志中。</translation>
    </message>
    <message>
        <source>disclosure-register</source>
        <translation>共享转让与公开披露记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Disclosure event %1 no longer exists; it may have been deleted.</source>
        <translation>披露事件 %1 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Disclosure event %1 cannot be shown in the list.</source>
        <translation>无法在列表中显示披露事件 %1。</translation>
    </message>
    <message>
        <source>Filters were reset to show disclosure event %1.</source>
        <translation>已重置筛选条件以显示披露事件 %1。</translation>
    </message>
    <message>
        <source>&amp;New disclosure</source>
        <translation>新建披露事件(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No disclosure events recorded. Use New disclosure each time personal information is shared, transferred or publicly disclosed, with its legal basis.</source>
        <translation>尚无披露事件记录。每次共享、转让或公开披露个人信息时，请用“新建披露事件”登记，并注明法律依据。</translation>
    </message>
    <message>
        <source>No disclosure event matches the period, filters and search.</source>
        <translation>没有符合期间、筛选和搜索条件的披露事件。</translation>
    </message>
    <message>
        <source>Recipient&apos;s processor record</source>
        <translation>接收方的受托人记录</translation>
    </message>
    <message>
        <source>Exporting the disclosure register…</source>
        <translation>正在导出共享、转让与公开披露记录…</translation>
    </message>
</context>
<context>
    <name>cd::ui::ErasureDialog</name>
    <message>
        <source>Delete the person&apos;s data – %1</source>
        <translation>删除此人的数据 – %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n linked contact submission(s) with their search-index entries, and removes the name, contact details, description and attachments from this request</source>
        <translation>
            <numerusform>此操作将删除 %n 条关联的联系记录及其搜索索引条目，并移除本请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and from %n linked earlier request(s)</source>
        <translation>
            <numerusform> 以及 %n 个关联的先前请求</numerusform>
        </translation>
    </message>
    <message>
        <source>. Only categories and counts remain. This cannot be undone.</source>
        <translation>中的姓名、联系方式、描述和附件。仅保留类别和数量。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Legal &amp;ground:</source>
        <translation>法律依据(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>永久删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>cd::ui::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>入门步骤</translation>
    </message>
    <message>
        <source>A few steps make the new vault ready for daily work.</source>
        <translation>完成以下几步，新的加密数据库即可投入日常使用。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide this checklist for this vault</source>
        <translation>对此加密数据库隐藏这份清单</translation>
    </message>
    <message>
        <source>Import contact submissions: load the export of the website&apos;s contact form.</source>
        <translation>导入联系记录：载入网站联系表单的导出文件。</translation>
    </message>
    <message>
        <source>Add staff accounts, so everyone signs in as themselves and the audit log names them.</source>
        <translation>添加员工账户：每个人都以自己的身份登录，审计日志也能记下操作人。</translation>
    </message>
    <message>
        <source>Set the backup folder, so a copy is written each time the vault is locked.</source>
        <translation>设置备份文件夹：每次锁定加密数据库时都会写入一份副本。</translation>
    </message>
    <message>
        <source>Check the holiday calendar for %1: deadlines count official working days.</source>
        <translation>检查 %1 年的节假日日历：截止日期按官方工作日计算。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账户…</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待完成</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>搜索标题</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>&amp;Discovered</source>
        <translation>发现时间(&amp;D)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>事件级别(&amp;S)</translation>
    </message>
    <message>
        <source>Information involved</source>
        <translation>涉及的个人信息</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Possible harm</source>
        <translation>可能造成的危害</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Advice to individuals</source>
        <translation>对个人的建议</translation>
    </message>
    <message>
        <source>Remedies offered</source>
        <translation>提供的补救措施</translation>
    </message>
    <message>
        <source>Relatively serious (较大) and above must be reported to the provincial CAC within the deadline set for the vault (4 hours by default).</source>
        <translation>较大及以上级别的事件须在本加密数据库设定的时限内（默认为 4 小时）向省级网信部门报告。</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentLettersBox</name>
    <message>
        <source>The notice still lacks: %1.</source>
        <translation>告知内容尚缺：%1。</translation>
    </message>
    <message>
        <source>Letters and reports</source>
        <translation>函件与报告</translation>
    </message>
    <message>
        <source>Notification letter…</source>
        <translation>告知函…</translation>
    </message>
    <message>
        <source>Public announcement…</source>
        <translation>公告…</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>事件报告…</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentModel</name>
    <message>
        <source>Not required</source>
        <translation>无需报告</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>Reported in time</source>
        <translation>已按时报告</translation>
    </message>
    <message>
        <source>Reported late</source>
        <translation>已报告（逾期）</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Regulator report</source>
        <translation>监管报告</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentNotificationsBox</name>
    <message>
        <source>Notifications to the people affected</source>
        <translation>对受影响个人的告知</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record a notification…</source>
        <translation>登记告知…</translation>
    </message>
    <message>
        <source>Record a notification</source>
        <translation>登记告知</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentReportingPanel</name>
    <message>
        <source>Reporting under the National Cybersecurity Incident Reporting Measures</source>
        <translation>按《国家网络安全事件报告管理办法》报告</translation>
    </message>
    <message>
        <source>Report to the regulator (网信部门)</source>
        <translation>向监管部门报告（网信部门）</translation>
    </message>
    <message>
        <source>Notice to individuals (PIPL art. 57)</source>
        <translation>告知个人（《个人信息保护法》第五十七条）</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <source>Of them, sensitive information</source>
        <translation>其中涉及敏感个人信息</translation>
    </message>
    <message>
        <source>Direct economic loss (yuan)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <source>Systems affected</source>
        <translation>受影响的系统</translation>
    </message>
    <message>
        <source>Disruption (hours)</source>
        <translation>中断运行（小时）</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>勒索软件</translation>
    </message>
    <message>
        <source>Ransom demanded</source>
        <translation>勒索赎金情况</translation>
    </message>
    <message>
        <source>Proposed grade</source>
        <translation>研判建议级别</translation>
    </message>
    <message>
        <source>Recorded grade</source>
        <translation>认定级别</translation>
    </message>
    <message>
        <source>Reason for a different grade</source>
        <translation>调整级别的理由</translation>
    </message>
    <message>
        <source>Place of discovery</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <source>Effect of the measures</source>
        <translation>措施效果</translation>
    </message>
    <message>
        <source>Trend and further harm</source>
        <translation>发展趋势及进一步危害</translation>
    </message>
    <message>
        <source>Leads for tracing</source>
        <translation>溯源线索</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步措施</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Crime suspected</source>
        <translation>涉嫌违法犯罪</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>已向公安机关报案</translation>
    </message>
    <message>
        <source>Police report date</source>
        <translation>报案日期</translation>
    </message>
    <message>
        <source>Police case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Handling ended</source>
        <translation>处置结束</translation>
    </message>
    <message>
        <source>Handling ended at</source>
        <translation>处置结束时间</translation>
    </message>
    <message>
        <source>The incident is a ransomware attack</source>
        <translation>该事件为勒索软件攻击</translation>
    </message>
    <message>
        <source>A crime is suspected: report it to the police</source>
        <translation>涉嫌违法犯罪：应向公安机关报案</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报案</translation>
    </message>
    <message>
        <source>Handling has ended (the final report is due within 30 days)</source>
        <translation>处置已结束（须在 30 日内提交总结报告）</translation>
    </message>
    <message>
        <source>Amount, method and date demanded</source>
        <translation>要求支付的金额、方式和日期</translation>
    </message>
    <message>
        <source>Needed when the recorded grade differs from the proposal</source>
        <translation>认定级别与建议级别不同时必须填写</translation>
    </message>
    <message>
        <source>May follow in a supplementary report</source>
        <translation>可在补报中提供</translation>
    </message>
    <message>
        <source>Attacker, attack path, vulnerabilities</source>
        <translation>攻击者、攻击路径、存在的漏洞</translation>
    </message>
    <message>
        <source>Further measures and support requested</source>
        <translation>拟采取的措施及请求支援事项</translation>
    </message>
    <message>
        <source>Save reporting details</source>
        <translation>保存报告信息</translation>
    </message>
    <message>
        <source>Record a report…</source>
        <translation>记录报告…</translation>
    </message>
    <message>
        <source>Preview report document…</source>
        <translation>预览报告文书…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Save the incident to track its reports.</source>
        <translation>保存事件后即可跟踪其报告。</translation>
    </message>
    <message>
        <source>Rule: %1 and above within %2 h of discovery (calendar hours).</source>
        <translation>规则：%1及以上级别，自发现起 %2 小时内报告（按自然小时计算）。</translation>
    </message>
    <message>
        <source>First report: %1</source>
        <translation>首次报告：%1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>Supplementary reports: %1</source>
        <translation>补报：%1 次</translation>
    </message>
    <message>
        <source>Final summary report: %1</source>
        <translation>总结报告：%1</translation>
    </message>
    <message>
        <source>Police: reported on %1, case %2</source>
        <translation>公安机关：%1 已报案，案件编号 %2</translation>
    </message>
    <message>
        <source>Police: a crime is suspected and no report is recorded yet</source>
        <translation>公安机关：涉嫌违法犯罪，尚未记录报案</translation>
    </message>
    <message>
        <source>Notices sent: %1 (to %2 people)</source>
        <translation>已发送告知：%1 次（%2 人）</translation>
    </message>
    <message>
        <source>The notice states every required element.</source>
        <translation>告知内容已包含全部法定要素。</translation>
    </message>
    <message>
        <source>The notice must still state: %1</source>
        <translation>告知内容尚须写明：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Reporting details saved.</source>
        <translation>报告信息已保存。</translation>
    </message>
    <message>
        <source>Reporting details of incident %1 saved.</source>
        <translation>事件 %1 的报告信息已保存。</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>%1已记录。</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentRuleBox</name>
    <message>
        <source>Regulator-report rule saved.</source>
        <translation>监管报告规则已保存。</translation>
    </message>
    <message>
        <source>Incidents: report to the regulator</source>
        <translation>事件：向监管部门报告</translation>
    </message>
    <message>
        <source>Report incidents from this level up:</source>
        <translation>须报告的事件级别（含以上）：</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source> hours after discovery</source>
        <translation> 小时内（自发现起）</translation>
    </message>
    <message>
        <source>The CAC incident reporting rules in force since 1 November 2025: incidents of the relatively serious level (较大) and above are reported to the provincial CAC within 4 hours.</source>
        <translation>自 2025 年 11 月 1 日起施行的网信部门事件报告规定：较大及以上级别的事件须在 4 小时内向省级网信部门报告。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the regulator-report rule</source>
        <translation>保存监管报告规则</translation>
    </message>
</context>
<context>
    <name>cd::ui::IncidentsTab</name>
    <message>
        <source>Register report…</source>
        <translation>登记册报告…</translation>
    </message>
    <message>
        <source>Export CSV/XLSX…</source>
        <translation>导出 CSV/XLSX…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Change rule…</source>
        <translation>更改规则…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>Discovered %1 ago.</source>
        <translation>自发现起已过 %1。</translation>
    </message>
    <message>
        <source>(deadline %1)</source>
        <translation>（截止时间 %1）</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Before saving: %1</source>
        <translation>保存前请处理：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Mark contained</source>
        <translation>标记为已控制</translation>
    </message>
    <message>
        <source>Mark notified</source>
        <translation>标记为已告知</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>关闭事件</translation>
    </message>
    <message>
        <source>Save your changes first.</source>
        <translation>请先保存更改。</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>保存事件</translation>
    </message>
    <message>
        <source>Incident %1 saved.</source>
        <translation>事件 %1 已保存。</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>事件状态</translation>
    </message>
    <message>
        <source>Incident %1 is now &quot;%2&quot;.</source>
        <translation>事件 %1 的状态现为“%2”。</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Delete incident %1 with its notifications and documents? Delete only entries made in error; the register is evidence for the regulator.</source>
        <translation>要删除事件 %1 及其告知记录和文档吗？请仅删除误录的条目；该登记册是提供给监管部门的证据。</translation>
    </message>
    <message>
        <source>Regulator-report rule: %1 and above within %2 h of discovery.</source>
        <translation>监管报告规则：%1及以上级别的事件须在发现后 %2 小时内报告。</translation>
    </message>
    <message>
        <source>Regulator-report rule</source>
        <translation>监管报告规则</translation>
    </message>
    <message>
        <source>The CAC rules in force since 1 November 2025 require incidents of the relatively serious level (较大) and above to be reported to the provincial CAC within 4 hours.</source>
        <translation>国家网信部门自 2025 年 11 月 1 日起施行的规定要求，较大及以上级别的事件须在 4 小时内向省级网信部门报告。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Report incidents from</source>
        <translation>需报告的最低级别</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>报告时限</translation>
    </message>
    <message>
        <source>Export incident register</source>
        <translation>导出个人信息安全事件登记册</translation>
    </message>
    <message>
        <source>The export is not encrypted. Keep the file safe and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>导出文件未加密。请妥善保管该文件，不再需要时将其删除。此次导出已记录在审计日志中。</translation>
    </message>
    <message>
        <source>incident-register</source>
        <translation>个人信息安全事件登记册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Incident %1 no longer exists; it may have been deleted.</source>
        <translation>事件 %1 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Incident %1 cannot be shown in the list.</source>
        <translation>无法在列表中显示事件 %1。</translation>
    </message>
    <message>
        <source>Filters were reset to show incident %1.</source>
        <translation>已重置筛选条件以显示事件 %1。</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>新建事件(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No incidents recorded. Use New incident as soon as a personal-information security incident is discovered: the regulator clock starts then.</source>
        <translation>尚无事件记录。发现个人信息安全事件后请立即用“新建事件”登记：向监管部门报告的时限从发现时起算。</translation>
    </message>
    <message>
        <source>No incident matches the period, filters and search.</source>
        <translation>没有符合期间、筛选和搜索条件的事件。</translation>
    </message>
    <message>
        <source>Exporting the incident register…</source>
        <translation>正在导出个人信息安全事件登记册…</translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeDialog</name>
    <message>
        <source>New rights request</source>
        <translation>新建权利请求</translation>
    </message>
    <message>
        <source>The person may be a minor (under 14)</source>
        <translation>疑似未成年人（不满 14 周岁）</translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation>此人的请求内容（尽量使用其原话）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>接收日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>提出人身份(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Records that may belong to the person</source>
        <translation>可能属于此人的记录</translation>
    </message>
    <message>
        <source>Enter an email or phone to find matching contact submissions and earlier requests. Tick the ones that belong to this person.</source>
        <translation>输入邮箱或电话，查找匹配的联系记录和先前的请求。请勾选属于此人的记录。</translation>
    </message>
    <message>
        <source>Attachments (stored encrypted in the vault)</source>
        <translation>附件（加密存储在加密数据库中）</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>email and phone</source>
        <translation>邮箱和电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact submission of %1 – %2 (matches %3)</source>
        <translation>%1 的联系记录 – %2（匹配项：%3）</translation>
    </message>
    <message>
        <source>Earlier request %1 (matches %2)</source>
        <translation>先前的请求 %1（匹配项：%2）</translation>
    </message>
    <message>
        <source>No matching records were found.</source>
        <translation>未找到匹配的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n possible record(s) found. Tick those that belong to this person.</source>
        <translation>
            <numerusform>找到 %n 条可能相关的记录。请勾选属于此人的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>The request was saved as %1, but these files could not be attached: %2</source>
        <translation>请求已保存为 %1，但以下文件未能附加：%2</translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoBulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n control(s)</source>
        <translation>
            <numerusform>批量编辑 %n 项控制措施</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Review cycle:</source>
        <translation>复核周期：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoControlsModel</name>
    <message>
        <source>%1  %2 — %3 of %4 applicable implemented (%5%)</source>
        <translation>%1  %2 — %4 项适用控制措施中已实施 %3 项（%5%）</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复核已逾期</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoDetailPane</name>
    <message>
        <source>Yes — in scope</source>
        <translation>是 — 在范围内</translation>
    </message>
    <message>
        <source>No — excluded</source>
        <translation>否 — 已排除</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>&amp;Applicable:</source>
        <translation>适用(&amp;A)：</translation>
    </message>
    <message>
        <source>Reasons for inclusion:</source>
        <translation>纳入理由：</translation>
    </message>
    <message>
        <source>Required when excluded: why the control does not apply</source>
        <translation>排除时必填：说明该控制措施为何不适用</translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation>实施状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>目标日期(&amp;T)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Implementation &amp;notes:</source>
        <translation>实施说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Review &amp;cycle:</source>
        <translation>复核周期(&amp;C)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>上次复核(&amp;L)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation>今日已复核</translation>
    </message>
    <message>
        <source>Next review due:</source>
        <translation>下次复核截止日期：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Select a control in the list.</source>
        <translation>请在列表中选择一项控制措施。</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理由说明(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Justification (required):</source>
        <translation>理由（必填）(&amp;J)：</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message>
        <source>After the first review</source>
        <translation>首次复核之后</translation>
    </message>
    <message>
        <source>Control %1 saved.</source>
        <translation>控制措施 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoEvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>添加链接…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb: open the evidence file</comment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation>为 %1 附加证据</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Address (https://…, smb://… or file://…):</source>
        <translation>地址（https://…、smb://… 或 file://…）：</translation>
    </message>
    <message>
        <source>Title (optional):</source>
        <translation>标题（可选）：</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>What shows the control works:</source>
        <translation>能证明该控制措施有效的内容：</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>证据另存为</translation>
    </message>
    <message>
        <source>Saved %1 (SHA-256 checked).</source>
        <translation>已保存 %1（SHA-256 已校验）。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from control %2? It is deleted from the vault.</source>
        <translation>要从控制措施 %2 中移除“%1”吗？该证据将从加密数据库中删除。</translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoFilterBar</name>
    <message>
        <source>Search by id or title (English or Chinese)</source>
        <translation>按编号或标题搜索（英文或中文）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Applicable and excluded</source>
        <translation>适用和已排除</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>(No owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复核已逾期</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>无证据</translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoPage</name>
    <message>
        <source>Controls</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <source>Change owner, status or review cycle of the selected controls</source>
        <translation>更改所选控制措施的负责人、状态或复核周期</translation>
    </message>
    <message>
        <source>%1 of %2 applicable controls implemented (%3%), %4 excluded, %5 reviews overdue. SoA %6: %7.</source>
        <translation>%2 项适用控制措施中已实施 %1 项（%3%），排除 %4 项，%5 项复核已逾期。适用性声明 %6：%7。</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>（无版本）</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>已由 %1 于 %2 批准</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 项控制措施。</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO 27001</source>
        <translation>ISO 27001</translation>
    </message>
    <message>
        <source>Control %1 is not in the checklist.</source>
        <translation>控制措施 %1 不在检查清单中。</translation>
    </message>
    <message>
        <source>Control %1 cannot be shown in the list.</source>
        <translation>无法在列表中显示控制措施 %1。</translation>
    </message>
    <message>
        <source>Filters were cleared to show control %1.</source>
        <translation>已清除筛选条件以显示控制措施 %1。</translation>
    </message>
    <message>
        <source>No control matches the search and filters. Clear the search or choose All statuses.</source>
        <translation>没有符合搜索和筛选条件的控制措施。请清除搜索内容或选择“全部状态”。</translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoSoaActions</name>
    <message>
        <source>SoA details…</source>
        <translation>SoA 详情…</translation>
    </message>
    <message>
        <source>Scope, version and approval printed at the top of the SoA</source>
        <translation>打印在 SoA 顶部的范围、版本和批准信息</translation>
    </message>
    <message>
        <source>Export SoA…</source>
        <translation>导出 SoA…</translation>
    </message>
    <message>
        <source>Gap report…</source>
        <translation>差距报告…</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>适用性声明</translation>
    </message>
    <message>
        <source>Scope of the ISMS:</source>
        <translation>信息安全管理体系范围：</translation>
    </message>
    <message>
        <source>SoA version:</source>
        <translation>适用性声明版本：</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>已由 %1 于 %2 批准</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>批准：</translation>
    </message>
    <message>
        <source>Approve this version</source>
        <translation>批准此版本</translation>
    </message>
    <message>
        <source>Privacy officers and administrators approve the SoA</source>
        <translation>适用性声明由个人信息保护负责人和管理员批准</translation>
    </message>
    <message>
        <source>Export Statement of Applicability</source>
        <translation>导出适用性声明</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx);;适用于 Excel 的 CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n control(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项控制措施导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>cd::ui::LetterTemplatesDialog</name>
    <message>
        <source>Completed: access/copy and portability</source>
        <translation>已完成：查阅 / 复制和转移</translation>
    </message>
    <message>
        <source>Completed: correction</source>
        <translation>已完成：更正</translation>
    </message>
    <message>
        <source>Completed: deletion and account cancellation</source>
        <translation>已完成：删除和注销账户</translation>
    </message>
    <message>
        <source>Completed: consent withdrawal and other</source>
        <translation>已完成：撤回同意及其他</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn by the person</source>
        <translation>本人已撤回</translation>
    </message>
    <message>
        <source>Response letter templates</source>
        <translation>答复函模板</translation>
    </message>
    <message>
        <source>Each outcome has a letter in Chinese and in English. The greeting, the contact paragraph and the signature are added around the text below. Leave a line empty to start a new paragraph.</source>
        <translation>每种处理结果都有中文和英文函件各一份。称呼、联系方式段落和署名会添加在下方正文的前后。留一个空行即可开始新段落。</translation>
    </message>
    <message>
        <source>Only an administrator can change the letter templates; you can read and preview them.</source>
        <translation>只有管理员可以更改函件模板；您可以查看和预览模板。</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>插入占位符(&amp;I)</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Preview with an invented request:</source>
        <translation>使用虚构请求预览：</translation>
    </message>
    <message>
        <source>Changed for this vault</source>
        <translation>已针对本加密数据库修改</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>内置文本</translation>
    </message>
    <message>
        <source>Discard the changes to the letter templates?</source>
        <translation>要放弃对函件模板的更改吗？</translation>
    </message>
</context>
<context>
    <name>cd::ui::LinkListEdit</name>
    <message>
        <source>Link a record…</source>
        <translation>关联记录…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除关联</translation>
    </message>
    <message>
        <source>Records this entry refers to. Use &quot;Link a record…&quot; to find one by number, name or title.</source>
        <translation>本条目涉及的记录。点击“关联记录…”可按编号、姓名或标题查找。</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>%1 — Compliance Desk</source>
        <translation>%1 — 合规工作台</translation>
    </message>
    <message>
        <source>Compliance Desk</source>
        <translation>合规工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>打开加密数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>最近使用的加密数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Compliance Desk</source>
        <translation>关于合规工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>加密数据库：%1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>未打开加密数据库</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>打开加密数据库</translation>
    </message>
    <message>
        <source>Compliance Desk vaults (*.cdvault);;All files (*)</source>
        <translation>Compliance Desk 加密数据库 (*.cdvault);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>备份加密数据库</translation>
    </message>
    <message>
        <source>Compliance Desk vaults (*.cdvault)</source>
        <translation>Compliance Desk 加密数据库 (*.cdvault)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1 tables, %2 records.
%3</source>
        <translation>备份已写入并通过校验：%1 张表，%2 条记录。
%3</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <source>Replace %1 with the backup? The current file is kept as %2.</source>
        <translation>要用备份替换 %1 吗？当前文件将保留为 %2。</translation>
    </message>
    <message>
        <source>The vault was restored (%1 records). Unlock it to continue.</source>
        <translation>加密数据库已恢复（%1 条记录）。请解锁后继续。</translation>
    </message>
    <message>
        <source>Accept the log as it is</source>
        <translation>接受当前日志</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Accept the audit log as it is now? Do this only after the difference was explained (for example, a backup was restored on another computer). The decision is recorded in the audit log.</source>
        <translation>是否接受审计日志的当前状态？仅在差异已查明原因后（例如在另一台计算机上从备份恢复过）才这样做。此决定会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;vault…</source>
        <translation>新建加密数据库(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Opening the demo vault…</source>
        <translation>正在打开演示加密数据库…</translation>
    </message>
    <message>
        <source>Creating the demo vault with synthetic records…</source>
        <translation>正在创建含虚构记录的演示加密数据库…</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>演示管理员</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>演示加密数据库</translation>
    </message>
    <message>
        <source>This is the demo vault: every person and record in it is made up.

To open it again: vault %1, passphrase &quot;%2&quot;, account %3, password &quot;%4&quot;.</source>
        <translation>这是演示加密数据库：其中的人员和记录均为虚构。

再次打开时请使用：加密数据库 %1，口令“%2”，账户 %3，密码“%4”。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>自动备份已写入：%1</translation>
    </message>
    <message>
        <source>Finishing the automatic backup before closing…</source>
        <translation>正在完成自动备份，完成后关闭…</translation>
    </message>
</context>
<context>
    <name>cd::ui::NewVaultDialog</name>
    <message>
        <source>Choose where to save the vault.</source>
        <translation>请选择加密数据库的保存位置。</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>已存在同名文件。请另选一个名称。</translation>
    </message>
    <message>
        <source>The vault passphrase needs at least %1 characters.</source>
        <translation>加密数据库口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two vault passphrases differ.</source>
        <translation>两次输入的加密数据库口令不一致。</translation>
    </message>
    <message>
        <source>The two account passwords differ.</source>
        <translation>两次输入的账户密码不一致。</translation>
    </message>
    <message>
        <source>Use a personal password that differs from the vault passphrase.</source>
        <translation>请使用与加密数据库口令不同的个人密码。</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>新建加密数据库</translation>
    </message>
    <message>
        <source>A vault is one encrypted file that holds all records. Keep its passphrase safe: without it nobody, including IT, can open the vault.</source>
        <translation>加密数据库是一个保存全部记录的加密文件。请妥善保管其口令：一旦遗失，任何人（包括 IT 部门）都无法打开该加密数据库。</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <source>Your account (administrator)</source>
        <translation>您的账户（管理员）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>加密数据库口令：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <source>Personal password:</source>
        <translation>个人密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如 王芳</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建加密数据库</translation>
    </message>
    <message>
        <source>Compliance Desk vaults (*.cdvault)</source>
        <translation>Compliance Desk 加密数据库 (*.cdvault)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder for the vault.</source>
        <translation>%1 是文件而不是文件夹。请为加密数据库选择其他文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created. Check that the drive is connected and that you may write there, or choose another folder.</source>
        <translation>文件夹 %1 不存在，且无法创建。请检查驱动器是否已连接、您是否有写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>You may not write in the folder %1. Choose another folder.</source>
        <translation>您没有在文件夹 %1 中写入的权限。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
</context>
<context>
    <name>cd::ui::NotificationDialog</name>
    <message>
        <source>Record a notification</source>
        <translation>登记告知</translation>
    </message>
    <message>
        <source>Why individual notice is impractical</source>
        <translation>无法逐一告知个人的原因</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>People notified</source>
        <translation>已告知人数</translation>
    </message>
    <message>
        <source>Notified &amp;by</source>
        <translation>告知人(&amp;B)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cd::ui::NotificationPlanDialog</name>
    <message>
        <source>Notification of a material change</source>
        <translation>重大变更告知</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;In-site message</source>
        <translation>站内信(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>其他(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. SMS, WeChat official account</source>
        <translation>例如 短信、微信公众号</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>告知渠道：</translation>
    </message>
    <message>
        <source>&amp;Planned date:</source>
        <translation>计划日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Notice (&amp;Chinese):</source>
        <translation>告知内容（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>Notice (E&amp;nglish):</source>
        <translation>告知内容（英文）(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>Set the effective date of the version: the notice must go out at least %n day(s) before it.</source>
        <translation>
            <numerusform>请设置该版本的生效日期：告知须至少在生效日期前 %n 天发出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The version takes effect on %1, %n day(s) after the planned notice.</source>
        <translation>
            <numerusform>该版本于 %1 生效，即计划告知日期后 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n day(s) are required; publishing will be refused.</source>
        <translation>
            <numerusform>至少需要提前 %n 天，否则将拒绝发布。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::OperatorSettingsBox</name>
    <message>
        <source>Incidents: network operator</source>
        <translation>安全事件：网络运营者</translation>
    </message>
    <message>
        <source>Operator &amp;type:</source>
        <translation>运营者类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Operator &amp;name on reports:</source>
        <translation>报告中的运营者名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Set by hand (the rule above)</source>
        <translation>手动设置（见上方规则）</translation>
    </message>
    <message>
        <source>The National Cybersecurity Incident Reporting Measures (in force 1 November 2025, art. 4): incidents of 较大 level and above are reported within 1 hour by critical information infrastructure operators, 2 hours by central and state organs, and 4 hours by other network operators, counted in calendar hours from discovery.</source>
        <translation>《国家网络安全事件报告管理办法》（2025年11月1日起施行，第四条）：较大及以上网络安全事件，关键信息基础设施运营者最迟 1 小时内报告，中央和国家机关各部门及其直属单位最迟 2 小时内报告，其他网络运营者最迟 4 小时内报告，自发现时起按自然小时计算。</translation>
    </message>
    <message>
        <source>Save operator</source>
        <translation>保存运营者信息</translation>
    </message>
    <message>
        <source>Operator saved.</source>
        <translation>运营者信息已保存。</translation>
    </message>
</context>
<context>
    <name>cd::ui::Page</name>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报告…</translation>
    </message>
</context>
<context>
    <name>cd::ui::PassphraseEdit</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters.</source>
        <translation>太短：请至少使用 12 个字符。</translation>
    </message>
    <message>
        <source>Weak: too many repeated characters.</source>
        <translation>弱：重复字符过多。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Fair: a few more words make it much stronger.</source>
        <translation>中等：再加几个词会安全得多。</translation>
    </message>
</context>
<context>
    <name>cd::ui::PiaDialog</name>
    <message>
        <source>Personal-information protection impact assessment</source>
        <translation>个人信息保护影响评估</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Are the purpose and method lawful, proper and necessary?</source>
        <translation>处理目的、处理方式等是否合法、正当、必要？</translation>
    </message>
    <message>
        <source>Impact on the people and the risks</source>
        <translation>对个人权益的影响及安全风险</translation>
    </message>
    <message>
        <source>Are the protection measures lawful, effective and proportionate?</source>
        <translation>保护措施是否合法、有效并与风险程度相适应？</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Kept at least three years (PIPL art. 56).</source>
        <translation>至少保存三年（《个人信息保护法》第五十六条）。</translation>
    </message>
</context>
<context>
    <name>cd::ui::PoliciesPage</name>
    <message>
        <source>Policy versions</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>新建文档…</translation>
    </message>
    <message>
        <source>&amp;Import version…</source>
        <translation>导入版本(&amp;I)…</translation>
    </message>
    <message>
        <source>Create a new draft from .txt, .md or .html files (UTF-8 or GB18030).</source>
        <translation>从 .txt、.md 或 .html 文件（UTF-8 或 GB18030 编码）新建草稿。</translation>
    </message>
    <message>
        <source>Version &amp;history…</source>
        <translation>版本历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Updated on:</source>
        <translation>更新日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Materially reduces users&apos; rights</source>
        <translation>实质性减损用户权利(&amp;M)</translation>
    </message>
    <message>
        <source>Change s&amp;ummary:</source>
        <translation>变更摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Notification:</source>
        <translation>告知：</translation>
    </message>
    <message>
        <source>Chinese text (Markdown)</source>
        <translation>中文文本（Markdown）</translation>
    </message>
    <message>
        <source>English text (Markdown)</source>
        <translation>英文文本（Markdown）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Edit as new &amp;draft…</source>
        <translation>作为新草稿编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Submit for re&amp;view</source>
        <translation>提交审核(&amp;V)</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Notification &amp;plan…</source>
        <translation>告知计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Notice sent…</source>
        <translation>告知已发出…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>导出 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>set when published</source>
        <translation>发布时设定</translation>
    </message>
    <message>
        <source>%1 — does not match the text!</source>
        <translation>%1 — 与文本不一致！</translation>
    </message>
    <message>
        <source>Not planned yet: plan the notification before publishing.</source>
        <translation>尚未计划：请在发布前制定告知计划。</translation>
    </message>
    <message>
        <source>Sent on %1 by %2 (%3)</source>
        <translation>已由 %2 于 %1 发出（%3）</translation>
    </message>
    <message>
        <source>Planned for %1 by %2</source>
        <translation>由 %2 计划于 %1 发出</translation>
    </message>
    <message>
        <source>Not needed (no material change)</source>
        <translation>无需告知（无重大变更）</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 个词</translation>
    </message>
    <message>
        <source>New policy document</source>
        <translation>新建政策文档</translation>
    </message>
    <message>
        <source>Name, e.g. Cookie notice / Cookie 声明:</source>
        <translation>名称，例如 Cookie notice / Cookie 声明：</translation>
    </message>
    <message>
        <source>Policy texts (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>政策文本 (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <source>Chinese text of the new version</source>
        <translation>新版本的中文文本</translation>
    </message>
    <message>
        <source>English text (cancel to add it later)</source>
        <translation>英文文本（取消则稍后添加）</translation>
    </message>
    <message>
        <source>Import version</source>
        <translation>导入版本</translation>
    </message>
    <message>
        <source>Version label, e.g. 2024-04-25 or 1.3:</source>
        <translation>版本标签，例如 2024-04-25 或 1.3：</translation>
    </message>
    <message>
        <source>Imported as draft %1.</source>
        <translation>已导入为草稿 %1。</translation>
    </message>
    <message>
        <source>Import text</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>Label of the new version:</source>
        <translation>新版本的标签：</translation>
    </message>
    <message>
        <source>Delete draft %1? This cannot be undone.</source>
        <translation>要删除草稿 %1 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Publish version %1? Its texts are then sealed with a hash and can no longer change; the version published before is superseded.</source>
        <translation>要发布版本 %1 吗？发布后其文本将以哈希值封存，不能再更改；此前发布的版本将被取代。</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>告知已发出</translation>
    </message>
    <message>
        <source>Date the notice was sent (YYYY-MM-DD):</source>
        <translation>告知发出日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中文和英文</translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Texts:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>This policy version no longer exists; it may have been deleted.</source>
        <translation>该政策版本已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>This policy version cannot be shown.</source>
        <translation>无法显示该政策版本。</translation>
    </message>
    <message>
        <source>No policy documents yet. Create one for each policy you publish (for example the privacy policy), then import its text as the first draft.</source>
        <translation>尚无政策文档。请为发布的每项政策（例如隐私政策）新建一个文档，然后导入其文本作为第一份草稿。</translation>
    </message>
    <message>
        <source>No versions of this document yet. Import its Chinese and English text (.txt, .md or .html) as the first draft.</source>
        <translation>此文档尚无版本。请导入其中文和英文文本（.txt、.md 或 .html）作为第一份草稿。</translation>
    </message>
    <message>
        <source>Import a version…</source>
        <translation>导入版本…</translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyCompareDialog</name>
    <message>
        <source>Compare policy versions</source>
        <translation>比较政策版本</translation>
    </message>
    <message>
        <source>Chinese (by character)</source>
        <translation>中文（按字符）</translation>
    </message>
    <message>
        <source>English (by word)</source>
        <translation>英文（按单词）</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>上一处变更(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>下一处变更(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>内联</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>policy-comparison.pdf</source>
        <translation>政策版本比较.pdf</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The texts are identical.</source>
        <translation>两个版本的文本完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1 character(s) added, %2 removed. Sections changed: %3</source>
        <translation>
            <numerusform>%n 处变更：新增 %1 个字符，删除 %2 个。变更的章节：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyContentsBox</name>
    <message>
        <source>Contents check (NDSMR art. 21)</source>
        <translation>内容核对（《网络数据安全管理条例》第二十一条）</translation>
    </message>
    <message>
        <source>Required content</source>
        <translation>应包含的内容</translation>
    </message>
    <message>
        <source>Where / note</source>
        <translation>所在章节 / 备注</translation>
    </message>
    <message>
        <source>What the rules require the privacy policy to contain (网络数据安全管理条例 art. 21, in force 2025-01-01). The approver ticks each item found, with the section that says it.</source>
        <translation>隐私政策（个人信息处理规则）应包含的内容（《网络数据安全管理条例》第二十一条，2025年1月1日起施行）。批准人逐项核对并勾选，注明所在章节。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>%1 于 %2 最后修改</translation>
    </message>
    <message>
        <source>Where the policy says it, e.g. 二.1 (at most %1 characters)</source>
        <translation>政策中的所在章节，例如 二.1（不超过 %1 个字符）</translation>
    </message>
    <message>
        <source>Select a version to see its contents check.</source>
        <translation>请选择一个版本以查看其内容核对。</translation>
    </message>
    <message>
        <source>%1 of %2 required contents ticked.</source>
        <translation>已勾选 %2 项应包含内容中的 %1 项。</translation>
    </message>
    <message>
        <source>Only an approver can tick them.</source>
        <translation>只有批准人可以勾选。</translation>
    </message>
    <message numerus="yes">
        <source>%n required content(s) of the contents check are not ticked:
%1

Approve version %2 anyway? The audit log records the approval with the unticked items.</source>
        <translation>
            <numerusform>内容核对中有 %n 项应包含内容未勾选：
%1

仍然批准版本 %2 吗？审计日志将记录此次批准及未勾选的条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyRulesBox</name>
    <message>
        <source>Policy rules saved.</source>
        <translation>政策规则已保存。</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>The approver of a version must not be its author</source>
        <translation>版本的批准人不得为其作者</translation>
    </message>
    <message>
        <source>Notify users of a material change at least:</source>
        <translation>重大变更至少提前：</translation>
    </message>
    <message>
        <source> days before it takes effect</source>
        <translation> 天告知用户</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the policy rules</source>
        <translation>保存政策规则</translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyVersionModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Material change</source>
        <translation>重大变更</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProcessorLinkEdit</name>
    <message>
        <source>Processor %1 · %2</source>
        <translation>受托人 %1 · %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose processor…</source>
        <translation>选择受托人…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Link this event to the recipient&apos;s record among the entrusted processors.</source>
        <translation>将此事件关联到接收方的受托人记录。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProcessorPickerDialog</name>
    <message>
        <source>Choose the processor</source>
        <translation>选择受托人</translation>
    </message>
    <message>
        <source>Number, name or data entrusted</source>
        <translation>编号、名称或委托处理的数据</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Entrusted processors (受托人, PIPL art. 21) recorded in the register of processing activities.</source>
        <translation>个人信息处理活动记录中登记的受托人（《个人信息保护法》第二十一条）。</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>contract until %1</source>
        <translation>合同至 %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>无到期日</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>No processors recorded yet. Add them under Registers › Processing activities.</source>
        <translation>尚无受托人记录。请在“登记册 › 个人信息处理活动”中添加。</translation>
    </message>
    <message>
        <source>No processor matches.</source>
        <translation>没有匹配的受托人。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProcessorsBox</name>
    <message>
        <source>Entrusted processors (受托人, PIPL art. 21)</source>
        <translation>受托人（《个人信息保护法》第二十一条）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>Contract expires</source>
        <translation>合同到期日</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>处理活动</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>最近一次审计</translation>
    </message>
    <message>
        <source>Processor name</source>
        <translation>受托人名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订日</translation>
    </message>
    <message>
        <source>Remind before expiry (days)</source>
        <translation>到期前提醒（天）</translation>
    </message>
    <message>
        <source>Data entrusted</source>
        <translation>委托处理的数据</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>安全保护措施</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未安排</translation>
    </message>
    <message numerus="yes">
        <source>The date of the next review or audit of the processor. The attention list shows it from %n day(s) before.</source>
        <translation>
            <numerusform>对受托人下次复核或审计的日期。待关注事项列表自到期前 %n 天起显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>New processor</source>
        <translation>新建受托人</translation>
    </message>
    <message>
        <source>Link disclosure No. to processor No. (0 unlinks):</source>
        <translation>将共享记录编号关联到受托人编号（0 表示取消关联）：</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复核已逾期</translation>
    </message>
    <message>
        <source>Review due soon</source>
        <translation>即将到复核日期</translation>
    </message>
    <message>
        <source>Save processor %1</source>
        <translation>保存受托人 %1</translation>
    </message>
    <message>
        <source>Add processor</source>
        <translation>添加受托人</translation>
    </message>
    <message>
        <source>Processor %1 saved.</source>
        <translation>受托人 %1 已保存。</translation>
    </message>
    <message>
        <source>Processor %1 added.</source>
        <translation>受托人 %1 已添加。</translation>
    </message>
    <message>
        <source>Disclosure %1 linked to processor %2.</source>
        <translation>共享记录 %1 已关联到受托人 %2。</translation>
    </message>
    <message>
        <source>Disclosure %1 unlinked.</source>
        <translation>共享记录 %1 已取消关联。</translation>
    </message>
</context>
<context>
    <name>cd::ui::RecordPickerDialog</name>
    <message>
        <source>Contact submission</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Rights request</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>个人信息安全事件</translation>
    </message>
    <message>
        <source>Disclosure event</source>
        <translation>披露事件</translation>
    </message>
    <message>
        <source>Link a record</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <source>Number, name or title</source>
        <translation>编号、姓名或标题</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>没有匹配的记录。</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegisterReportDialog</name>
    <message>
        <source>Register of rights requests</source>
        <translation>权利请求登记册</translation>
    </message>
    <message>
        <source>Requests received in</source>
        <translation>接收请求的期间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;PDF file</source>
        <translation>PDF 文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;CSV file for Excel</source>
        <translation>适用于 Excel 的 CSV 文件(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表格(&amp;T)：</translation>
    </message>
    <message>
        <source>One row per request</source>
        <translation>每个请求一行</translation>
    </message>
    <message>
        <source>Counts by type and state</source>
        <translation>按类型和状态统计数量</translation>
    </message>
    <message>
        <source>The register lists request numbers, types, channels, dates and states only – no names, contact details or descriptions – so its files hold no personal information.</source>
        <translation>登记册仅列出请求编号、类型、渠道、日期和状态，不含姓名、联系方式或描述，因此其文件不包含个人信息。</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>起始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) received in this period</source>
        <translation>
            <numerusform>本期间共收到 %n 项请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n closed</source>
        <translation>
            <numerusform>；已关闭 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>, on-time rate %1</source>
        <translation>，按时率 %1</translation>
    </message>
    <message>
        <source>rights-requests-register</source>
        <translation>权利请求登记册</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记册</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>正在读取登记册…</translation>
    </message>
    <message>
        <source>%1 of %2 rows written</source>
        <translation>已写入 %1 / %2 行</translation>
    </message>
    <message>
        <source>Exporting rights requests…</source>
        <translation>正在导出权利请求…</translation>
    </message>
</context>
<context>
    <name>cd::ui::Registers</name>
    <message>
        <source>%1 of %2 rows written</source>
        <translation>已写入 %1 / %2 行</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistersPage</name>
    <message>
        <source>Sharing, transfer and disclosure</source>
        <translation>共享、转让与公开披露</translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记册</translation>
    </message>
    <message>
        <source>Every event in which personal information left the company, with its legal basis (privacy policy section II.2)</source>
        <translation>个人信息向公司以外提供的每一次事件及其法律依据（隐私政策二.2）</translation>
    </message>
    <message>
        <source>Personal-information security incidents, regulator reports and notifications (privacy policy section II.3.2, PIPL art. 57)</source>
        <translation>个人信息安全事件、向监管部门的报告及对个人的告知（隐私政策二.3.2，《个人信息保护法》第五十七条）</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>个人信息处理活动</translation>
    </message>
    <message>
        <source>Register of processing activities with impact assessments, processors and the cross-border check (PIPL arts. 21, 55, 56)</source>
        <translation>个人信息处理活动记录，含影响评估、受托人和数据出境检查（《个人信息保护法》第二十一、五十五、五十六条）</translation>
    </message>
    <message>
        <source>Compliance audits</source>
        <translation>合规审计</translation>
    </message>
    <message>
        <source>Personal information protection compliance audits, their findings, the protection officer and evidence expiry (PIPL arts. 52, 54, 64)</source>
        <translation>个人信息保护合规审计、审计发现、个人信息保护负责人和证据到期（《个人信息保护法》第五十二、五十四、六十四条）</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegulatorCountdown</name>
    <message>
        <source>No regulator report is due.</source>
        <translation>目前没有需向监管部门报告的事件。</translation>
    </message>
    <message>
        <source>Regulator report OVERDUE by %1 for incident %2 &quot;%3&quot; (deadline %4).</source>
        <translation>事件 %2“%3”向监管部门报告已逾期 %1（截止时间 %4）。</translation>
    </message>
    <message>
        <source>Regulator report due in %1 for incident %2 &quot;%3&quot; (deadline %4).</source>
        <translation>事件 %2“%3”须在 %1 内向监管部门报告（截止时间 %4）。</translation>
    </message>
    <message>
        <source>%1 more incidents are waiting for their report.</source>
        <translation>另有 %1 个事件等待向监管部门报告。</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegulatorReportBox</name>
    <message>
        <source>Report to the regulator</source>
        <translation>向监管部门报告</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>e.g. Shanghai Cyberspace Administration</source>
        <translation>例如：上海市互联网信息办公室</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>登记报告</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegulatorReportDialog</name>
    <message>
        <source>Record a report to the regulator</source>
        <translation>记录向监管部门的报告</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>What it said</source>
        <translation>报告内容摘要</translation>
    </message>
</context>
<context>
    <name>cd::ui::Report</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。请检查该文件是否已在其他程序中打开，或选择其他位置。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Page %1 of %2 written</source>
        <translation>已写入第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>Page %1 of %2 printed</source>
        <translation>已打印第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent to the printer.</source>
        <translation>已取消；未向打印机发送任何内容。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReportPreviewDialog</name>
    <message>
        <source>Laying out the report…</source>
        <translation>正在排版报告…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestAttachmentsDialog</name>
    <message>
        <source>Attachments – %1</source>
        <translation>附件 – %1</translation>
    </message>
    <message>
        <source>Files are kept encrypted inside the vault. Opening or saving one writes an unencrypted copy outside it: keep such copies safe and delete them after use. Each copy is recorded in the audit log.</source>
        <translation>文件以加密形式保存在加密数据库中。打开或保存文件时会在加密数据库外写入一份未加密的副本：请妥善保管此类副本，并在使用后将其删除。每次生成副本都会记录在审计日志中。</translation>
    </message>
    <message>
        <source>The person&apos;s data was deleted with this request&apos;s attachments.</source>
        <translation>此人的数据已随本请求的附件一并删除。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Not attached: %1. %2</source>
        <translation>未附加：%1。%2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the request? The file is deleted from the vault.</source>
        <translation>要从该请求中移除“%1”吗？该文件将从加密数据库中删除。</translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestFollowUpBar</name>
    <message>
        <source>Your role cannot change requests.</source>
        <translation>您的角色无权更改请求。</translation>
    </message>
    <message numerus="yes">
        <source>Extend the deadline by up to %n more month(s), with a reason.</source>
        <translation>
            <numerusform>可说明理由，将截止日期最多再延长 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xtend deadline…</source>
        <translation>延长期限(&amp;X)…</translation>
    </message>
    <message>
        <source>Lin&amp;ked records…</source>
        <translation>关联记录(&amp;K)…</translation>
    </message>
    <message>
        <source>Attac&amp;hments (%1)…</source>
        <translation>附件（%1）(&amp;H)…</translation>
    </message>
    <message>
        <source>Attac&amp;hments…</source>
        <translation>附件(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestLinksDialog</name>
    <message>
        <source>Linked records – %1</source>
        <translation>关联记录 – %1</translation>
    </message>
    <message>
        <source>Records confirmed as the requester&apos;s. An access or portability request exports them; a deletion deletes the linked contact submissions.</source>
        <translation>已确认属于请求人的记录。查阅或转移请求会导出这些记录；删除请求会删除关联的联系记录。</translation>
    </message>
    <message>
        <source>The request is closed; its links can no longer change.</source>
        <translation>该请求已关闭，其关联记录不能再更改。</translation>
    </message>
    <message>
        <source>Your role can view the links but not change them.</source>
        <translation>您的角色可以查看关联，但无权更改。</translation>
    </message>
    <message>
        <source>Linked to this request</source>
        <translation>已关联到本请求</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>移除关联(&amp;R)</translation>
    </message>
    <message>
        <source>Proposed: same email address or phone number</source>
        <translation>建议：相同的邮箱地址或电话号码</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>姓名或编号</translation>
    </message>
    <message>
        <source>Matches on</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>&amp;Link ticked records</source>
        <translation>关联已勾选的记录(&amp;L)</translation>
    </message>
    <message>
        <source>Contact submission</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>email and phone</source>
        <translation>邮箱和电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Earlier request</source>
        <translation>先前的请求</translation>
    </message>
    <message>
        <source>No other records share the requester&apos;s email address or phone number.</source>
        <translation>没有其他记录与请求人的邮箱地址或电话号码相同。</translation>
    </message>
    <message>
        <source>Tick the records that belong to this person; a shared phone or email does not prove it.</source>
        <translation>请勾选属于此人的记录；电话或邮箱相同并不能证明是同一人。</translation>
    </message>
    <message>
        <source>matches %1 – added, not saved yet</source>
        <translation>匹配 %1 – 已添加，尚未保存</translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestsModel</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>请求人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>date column</comment>
        <translation>接收日期</translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestsPage</name>
    <message>
        <source>Correct a linked record</source>
        <translation>更正关联记录</translation>
    </message>
    <message>
        <source>Contact submission of %1</source>
        <translation>%1 的联系记录</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>留言(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Register report…</source>
        <translation>登记册报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Search number, name, email or phone</source>
        <translation>搜索编号、姓名、邮箱或电话</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Fulfil…</source>
        <translation>办理(&amp;F)…</translation>
    </message>
    <message>
        <source>Response &amp;letter</source>
        <translation>答复函(&amp;L)</translation>
    </message>
    <message>
        <source>Deletion &amp;certificate</source>
        <translation>删除证明(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign off certificate</source>
        <translation>签署确认证明(&amp;S)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Select a request to see its details, or create a new one.</source>
        <translation>选择一个请求以查看详情，或新建请求。</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>不限截止日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>3 个工作日内到期</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue · %3 due within 3 working days</source>
        <translation>%1 项未结 · %2 项已逾期 · %3 项 3 个工作日内到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) added for waiting</source>
        <translation>
            <numerusform>因等待已顺延 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>请求人</translation>
    </message>
    <message>
        <source>Deleted on the person&apos;s request</source>
        <translation>应本人请求已删除</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>被代理人</translation>
    </message>
    <message>
        <source>possibly a minor</source>
        <translation>疑似未成年人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message numerus="yes">
        <source>%n contact submission(s)</source>
        <translation>
            <numerusform>%n 条联系记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>身份已核验</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Deletion ground</source>
        <translation>删除依据</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Signed off by %1</source>
        <translation>已由 %1 签署确认</translation>
    </message>
    <message>
        <source>Awaiting the privacy officer&apos;s sign-off</source>
        <translation>等待个人信息保护负责人签署确认</translation>
    </message>
    <message>
        <source>Request received and recorded</source>
        <translation>已接收并登记请求</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Linked data deleted</source>
        <translation>关联数据已删除</translation>
    </message>
    <message>
        <source>Data package exported</source>
        <translation>数据包已导出</translation>
    </message>
    <message>
        <source>Linked record corrected</source>
        <translation>关联记录已更正</translation>
    </message>
    <message>
        <source>Deletion certificate signed off</source>
        <translation>删除证明已签署确认</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>期限已延长</translation>
    </message>
    <message>
        <source>Linked records changed</source>
        <translation>关联记录已变更</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Resume verification</source>
        <translation>继续身份核验</translation>
    </message>
    <message>
        <source>Start identity verification</source>
        <translation>开始身份核验</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>继续处理</translation>
    </message>
    <message>
        <source>Identity verified – start work</source>
        <translation>身份已核验 – 开始处理</translation>
    </message>
    <message>
        <source>Wait for requester</source>
        <translation>等待请求人</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.</source>
        <translation>%1 的状态已变为“%2”。</translation>
    </message>
    <message>
        <source>Mark %1 as &quot;%2&quot;? This closes the request.</source>
        <translation>要将 %1 标记为“%2”吗？这将关闭该请求。</translation>
    </message>
    <message>
        <source>The person&apos;s data was deleted; the certificate awaits sign-off.</source>
        <translation>此人的数据已删除；删除证明等待签署确认。</translation>
    </message>
    <message>
        <source>The data package holds the person&apos;s personal information in plain, unencrypted files (PDF and JSON). Keep them safe and delete them after sending. The export is recorded in the audit log.</source>
        <translation>数据包以未加密的普通文件（PDF 和 JSON）保存此人的个人信息。请妥善保管，并在发送后删除。此次导出已记录在审计日志中。</translation>
    </message>
    <message>
        <source>Folder for the data package</source>
        <translation>数据包保存文件夹</translation>
    </message>
    <message>
        <source>Data package written to %1.</source>
        <translation>数据包已写入 %1。</translation>
    </message>
    <message>
        <source>Link the person&apos;s contact submissions to this request first.</source>
        <translation>请先将此人的联系记录关联到此请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) corrected.</source>
        <translation>
            <numerusform>已更正 %n 个字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>函件模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Request %1 no longer exists; it may have been deleted.</source>
        <translation>请求 %1 已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Request %1 cannot be shown in the list.</source>
        <translation>无法在列表中显示请求 %1。</translation>
    </message>
    <message>
        <source>Filters were reset to show request %1.</source>
        <translation>已重置筛选条件以显示请求 %1。</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message numerus="yes">
        <source>by %n month(s)</source>
        <translation>
            <numerusform>延长 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Register written to %1.</source>
        <translation>登记册已写入 %1。</translation>
    </message>
    <message>
        <source>No open rights requests. Use New request… to log one when a data subject asks to access, correct or delete their information; choose All states to see closed requests.</source>
        <translation>没有未结的权利请求。个人信息主体要求查阅、更正或删除其个人信息时，请用“新建请求…”登记；选择“全部状态”可查看已关闭的请求。</translation>
    </message>
    <message>
        <source>No request matches the search and filters. Choose All states or clear the search.</source>
        <translation>没有符合搜索和筛选条件的请求。请选择“全部状态”或清除搜索内容。</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>request state filter</comment>
        <translation>未结</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>date label</comment>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>timeline event and its details</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deleting the person&apos;s data…</source>
        <translation>正在删除该个人信息主体的个人信息…</translation>
    </message>
    <message>
        <source>%1 of %2 contact submissions deleted</source>
        <translation>已删除 %1 / %2 条联系记录</translation>
    </message>
</context>
<context>
    <name>cd::ui::RestoreUnopenableDialog</name>
    <message>
        <source>Compliance Desk vaults (*.cdvault);;All files (*)</source>
        <translation>Compliance Desk 加密数据库 (*.cdvault);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>请选择备份文件。</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>请输入备份的口令。</translation>
    </message>
    <message>
        <source>Type the account name and password of an administrator in the backup.</source>
        <translation>请输入备份中一名管理员的账户名和密码。</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>The vault was restored from the backup (%1 records). The file that would not open is kept as %2. Unlock the vault to continue.</source>
        <translation>已从备份恢复加密数据库（%1 条记录）。无法打开的文件已保留为 %2。请解锁加密数据库以继续。</translation>
    </message>
    <message>
        <source>Restore a vault that will not open</source>
        <translation>恢复无法打开的加密数据库</translation>
    </message>
    <message>
        <source>If the vault is damaged or lost, it can be replaced by a backup. An administrator account of the backup authorises this. The file that will not open is kept, and people erased since the backup are removed again as far as the other copies of the vault still record it.</source>
        <translation>加密数据库损坏或丢失时，可以用备份替换，由备份中的一个管理员账户授权。无法打开的文件会被保留；对于备份制作后已删除的个人，只要该加密数据库的其他副本仍有记录，就会再次删除。</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>加密数据库：</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>管理员：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>cd::ui::RetentionRuleBox</name>
    <message>
        <source>Retention period saved.</source>
        <translation>保存期限已保存。</translation>
    </message>
    <message>
        <source>Contact submissions</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Keep closed submissions for:</source>
        <translation>已关闭的联系记录保存：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>After this retention period, closed submissions are due for purging on the Submissions page, which shows the same setting. The default is 24 months.</source>
        <translation>超过此保存期限后，已关闭的联系记录将在“联系记录”页面中列为待清除，该页面显示相同的设置。默认为 24 个月。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the retention period</source>
        <translation>保存保存期限</translation>
    </message>
</context>
<context>
    <name>cd::ui::SecretCopyActions</name>
    <message>
        <source>Copy &amp;phone</source>
        <translation>复制电话(&amp;P)</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>复制邮箱(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the phone number; it is kept out of clipboard histories and cleared after a short time or when the vault locks.</source>
        <translation>复制电话号码；该内容不会进入剪贴板历史，并会在短时间后或加密数据库锁定时清除。</translation>
    </message>
    <message>
        <source>Copy the email address; it is kept out of clipboard histories and cleared after a short time or when the vault locks.</source>
        <translation>复制邮箱地址；该内容不会进入剪贴板历史，并会在短时间后或加密数据库锁定时清除。</translation>
    </message>
</context>
<context>
    <name>cd::ui::SettingsPage</name>
    <message>
        <source>Current:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>Type the new value.</source>
        <translation>请输入新值。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>账户已添加。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>更改我的密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已更改。</translation>
    </message>
    <message>
        <source>Change vault passphrase</source>
        <translation>更改加密数据库口令</translation>
    </message>
    <message>
        <source>The vault passphrase was changed. Use the new passphrase from now on; old backups keep their old passphrase.</source>
        <translation>加密数据库口令已更改。今后请使用新口令；旧备份仍使用原来的口令。</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>更改我的密码…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Lock after idle (minutes, 0 = never):</source>
        <translation>空闲多久后锁定（分钟，0 = 从不）：</translation>
    </message>
    <message>
        <source>Clear copied personal data after (seconds):</source>
        <translation>复制的个人信息在多久后清除（秒）：</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>加密数据库口令：</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>更改口令…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Back up when the vault is locked or closed:</source>
        <translation>锁定或关闭加密数据库时备份：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>保留最新的备份数：</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Changing the vault passphrase…</source>
        <translation>正在更改加密数据库口令…</translation>
    </message>
    <message>
        <source>No staff accounts yet. Give each person who works in this vault an account of their own.</source>
        <translation>尚无员工账户。请为在本加密数据库中工作的每个人分别建立账户。</translation>
    </message>
    <message>
        <source>Only an administrator can see and add staff accounts.</source>
        <translation>只有管理员可以查看和添加员工账户。</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>添加账户…</translation>
    </message>
</context>
<context>
    <name>cd::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter 键或双击</translation>
    </message>
    <message>
        <source>Open the selected line of a list</source>
        <translation>打开列表中选中的行</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog (asks first when you typed something)</source>
        <translation>关闭对话框（已输入内容时先询问）</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>下一个 / 上一个字段</translation>
    </message>
</context>
<context>
    <name>cd::ui::SubmissionImportDialog</name>
    <message>
        <source>Import contact submissions</source>
        <translation>导入联系记录</translation>
    </message>
    <message>
        <source>CSV, TSV, JSON or JSON Lines export of the contact form</source>
        <translation>网站联系表单导出的 CSV、TSV、JSON 或 JSON Lines 文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel, Chinese Windows)</source>
        <translation>GB18030 / GBK（Excel、中文版 Windows）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>前几行预览：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the export to import</source>
        <translation>选择要导入的导出文件</translation>
    </message>
    <message>
        <source>Contact form exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>联系表单导出文件 (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n column(s).</source>
        <translation>
            <numerusform>%1，%2，%n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 rows read · %2 rows/s</source>
        <translation>已读取 %1 行 · %2 行/秒</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the vault (skipped), %3 rejected.</source>
        <translation>已导入 %1 条，%2 条已存在于加密数据库中（已跳过），%3 条被拒绝。</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-被拒绝的行.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of people erased earlier were not imported again.</source>
        <translation>
            <numerusform>%n 行属于此前已删除的个人，未再次导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::SubmissionsModel</name>
    <message>
        <source>Possible minor</source>
        <translation>疑似未成年人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Minor?</source>
        <translation>疑似未成年？</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>date column</comment>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>rows of a long list still being read</comment>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>cd::ui::SubmissionsPage</name>
    <message>
        <source>CSV for Excel (UTF-8)…</source>
        <translation>适用于 Excel 的 CSV（UTF-8）…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 工作簿（.xlsx）…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>contact-submissions.pdf</source>
        <translation>联系记录.pdf</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (new or contacted)</source>
        <translation>未关闭（新记录或已联系）</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>接收时间介于</translation>
    </message>
    <message>
        <source>Possible minors</source>
        <translation>疑似未成年人</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>到期待删除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Purge due…</source>
        <translation>清除到期记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete closed submissions older than the retention period</source>
        <translation>删除超过保存期限的已关闭联系记录</translation>
    </message>
    <message>
        <source>Keep closed submissions for</source>
        <translation>已关闭联系记录的保存期限</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>Internal &amp;notes:</source>
        <translation>内部备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Type at least 2 Chinese characters, or 3 letters or digits.</source>
        <translation>请至少输入 2 个汉字，或 3 个字母或数字。</translation>
    </message>
    <message>
        <source>More than %1 matches; the first %1 are shown. Refine the search or add a filter.</source>
        <translation>匹配结果超过 %1 条，仅显示前 %1 条。请细化搜索内容或添加筛选条件。</translation>
    </message>
    <message>
        <source>%1 submission(s)</source>
        <translation>%1 条联系记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Select a submission to see and work on it. Select several to change their status or assignee together.</source>
        <translation>选择一条联系记录以查看和处理。选择多条可同时更改其状态或处理人。</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) selected</source>
        <translation>
            <numerusform>已选择 %n 条联系记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Status and assignee apply to every selected submission.</source>
        <translation>状态和处理人将应用于每一条所选联系记录。</translation>
    </message>
    <message>
        <source>Submission %1</source>
        <translation>联系记录 %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>接收时间：%1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>关闭时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) updated.</source>
        <translation>
            <numerusform>已更新 %n 条联系记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>The export contains personal data (names, phone numbers, emails, messages) of %1 submission(s). Keep the file on an encrypted drive, share it only with people who need it, and delete it when done. The export is recorded in the audit log.</source>
        <translation>导出文件包含 %1 条联系记录中的个人信息（姓名、电话号码、邮箱、留言）。请将文件保存在加密的驱动器上，仅与确有需要的人员共享，并在使用完毕后将其删除。此次导出已记录在审计日志中。</translation>
    </message>
    <message>
        <source>Export submissions</source>
        <translation>导出联系记录</translation>
    </message>
    <message>
        <source>contact-submissions.csv</source>
        <translation>联系记录.csv</translation>
    </message>
    <message>
        <source>contact-submissions.xlsx</source>
        <translation>联系记录.xlsx</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 submission(s) exported.</source>
        <translation>已导出 %1 条联系记录。</translation>
    </message>
    <message>
        <source>Purge due submissions</source>
        <translation>清除到期的联系记录</translation>
    </message>
    <message numerus="yes">
        <source>No closed submission is older than %n month(s).</source>
        <translation>
            <numerusform>没有超过 %n 个月的已关闭联系记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 closed submission(s) older than %n month(s)? They are removed from the vault and from the search index for good. The audit log records only the number.</source>
        <translation>
            <numerusform>要删除 %1 条超过 %n 个月的已关闭联系记录吗？这些记录将从加密数据库和搜索索引中永久移除。审计日志仅记录删除数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 submission(s) deleted.</source>
        <translation>已删除 %1 条联系记录。</translation>
    </message>
    <message>
        <source>Contact submissions</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>No new submissions are waiting any more.</source>
        <translation>已没有待处理的新联系记录。</translation>
    </message>
    <message>
        <source>No submissions are due for deletion any more.</source>
        <translation>已没有待删除的联系记录。</translation>
    </message>
    <message>
        <source>Search name, phone, email, region or message (Ctrl+F)</source>
        <translation>搜索姓名、电话、邮箱、地区或留言（Ctrl+F）</translation>
    </message>
    <message>
        <source>Possible minor (privacy policy section II.5)</source>
        <translation>疑似未成年人（隐私政策二.5）</translation>
    </message>
    <message>
        <source>No contact submissions yet. Use Import… to load the export of the website&apos;s contact form.</source>
        <translation>尚无联系记录。请用“导入…”载入网站联系表单的导出文件。</translation>
    </message>
    <message>
        <source>No submission matches the search and filters. Clear them to see every submission.</source>
        <translation>没有符合搜索和筛选条件的联系记录。清除这些条件即可查看全部联系记录。</translation>
    </message>
    <message>
        <source>Exporting submissions…</source>
        <translation>正在导出联系记录…</translation>
    </message>
    <message>
        <source>%1 of %2 rows written</source>
        <translation>已写入 %1 / %2 行</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The printed list shows the first %1 of at least %2 submissions, in the current order. To get every row, export CSV or Excel instead, or narrow the filter.</source>
        <translation>打印的列表按当前排序只显示至少 %2 条联系记录中的前 %1 条。如需全部记录，请改为导出 CSV 或 Excel，或缩小筛选范围。</translation>
    </message>
    <message>
        <source>The printed list shows the first %1 of %2 submissions, in the current order. To get every row, export CSV or Excel instead, or narrow the filter.</source>
        <translation>打印的列表按当前排序只显示 %2 条联系记录中的前 %1 条。如需全部记录，请改为导出 CSV 或 Excel，或缩小筛选范围。</translation>
    </message>
    <message>
        <source>Print submissions</source>
        <translation>打印联系记录</translation>
    </message>
    <message>
        <source>About %1 matches (estimated from a sample); the first %2 are shown. Refine the search or add a filter.</source>
        <translation>约 %1 条匹配结果（根据抽样估算），仅显示前 %2 条。请细化搜索内容或添加筛选条件。</translation>
    </message>
    <message>
        <source>Purging due submissions…</source>
        <translation>正在清除到期的联系记录…</translation>
    </message>
    <message>
        <source>%1 of %2 submissions deleted</source>
        <translation>已删除 %1 / %2 条联系记录</translation>
    </message>
</context>
<context>
    <name>cd::ui::TransitionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The response letter quotes the reason and tells the person they may complain or sue (PIPL art. 50).</source>
        <translation>答复函将引用该理由，并告知本人可以投诉或提起诉讼（《个人信息保护法》第五十条）。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Explain the decision to the person</source>
        <translation>向本人说明该决定</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Identity verified by:</source>
        <translation>身份核验方式(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnconfirmedMatchesDialog</name>
    <message>
        <source>Confirm or dismiss matching records</source>
        <translation>确认或排除匹配记录</translation>
    </message>
    <message>
        <source>These records match the email address or phone number of request %1 but were neither confirmed as the requester&apos;s nor dismissed. Decide each one before the request is fulfilled: confirmed records are included (a deletion deletes them), dismissed records are another person&apos;s and are kept.</source>
        <translation>以下记录与请求 %1 的电子邮箱或电话号码相符，但尚未确认属于请求人本人，也未被排除。办结请求前请逐条处理：确认的记录将纳入处理范围（删除请求会删除这些记录），排除的记录属于他人，将予以保留。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>姓名或编号</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Contact submission %1</source>
        <translation>联系记录 %1</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>电子邮件和电话</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Confirm: the requester&apos;s</source>
        <translation>确认：属于请求人</translation>
    </message>
    <message>
        <source>Dismiss: another person&apos;s</source>
        <translation>排除：属于他人</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>%1 的处理决定</translation>
    </message>
    <message>
        <source>Save decisions</source>
        <translation>保存处理决定</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnlockWidget</name>
    <message>
        <source>Choose a vault file, or create a new vault.</source>
        <translation>请选择加密数据库文件，或新建一个加密数据库。</translation>
    </message>
    <message>
        <source>Type the vault passphrase.</source>
        <translation>请输入加密数据库口令。</translation>
    </message>
    <message>
        <source>Type your account name.</source>
        <translation>请输入您的账户名。</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>正在打开加密数据库…</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>打开加密数据库</translation>
    </message>
    <message>
        <source>Compliance Desk vaults (*.cdvault);;All files (*)</source>
        <translation>Compliance Desk 加密数据库 (*.cdvault);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compliance Desk</source>
        <translation>合规工作台</translation>
    </message>
    <message>
        <source>Open the encrypted vault and sign in with your own account.</source>
        <translation>打开加密数据库，并使用您自己的账户登录。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>加密数据库：</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>加密数据库口令：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>新建加密数据库…</translation>
    </message>
    <message>
        <source>Path of a .cdvault file</source>
        <translation>.cdvault 文件的路径</translation>
    </message>
    <message>
        <source>Welcome. Compliance Desk keeps contact submissions, rights requests, policy versions, the ISO 27001 checklist and the registers in one encrypted vault. How would you like to start?</source>
        <translation>欢迎使用。合规工作台将联系记录、权利请求、政策版本、ISO 27001 检查表和各类登记册保存在一个加密数据库中。您想如何开始？</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>新建加密数据库</translation>
    </message>
    <message>
        <source>Start empty, with you as administrator. A short checklist then helps with the first steps.</source>
        <translation>从空白开始，由您担任管理员。随后一份简短清单会帮助您完成最初几步。</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>打开已有的加密数据库…</translation>
    </message>
    <message>
        <source>A .cdvault file from a colleague or a backup.</source>
        <translation>同事提供或来自备份的 .cdvault 文件。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>A vault with synthetic people and records, to look around safely.</source>
        <translation>含虚构人员和记录的加密数据库，可以放心浏览。</translation>
    </message>
    <message>
        <source>Will not open? Restore from a backup…</source>
        <translation>无法打开？从备份恢复…</translation>
    </message>
</context>
<context>
    <name>cd::ui::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>cd::ui::VaultRuleBox</name>
    <message>
        <source>Open the vault to see its rules.</source>
        <translation>请打开加密数据库以查看其规则。</translation>
    </message>
</context>
<context>
    <name>cd::ui::VaultRulesSection</name>
    <message>
        <source>Open the vault to see its rules.</source>
        <translation>请打开加密数据库以查看其规则。</translation>
    </message>
    <message>
        <source>Your role (%1) may not change vault rules. Ask an administrator.</source>
        <translation>您的角色（%1）无权更改加密数据库规则。请联系管理员。</translation>
    </message>
    <message>
        <source>These rules apply to everyone who works in this vault. Only an administrator can change them, and every change is recorded in the audit log.</source>
        <translation>这些规则适用于在本加密数据库中工作的所有人。只有管理员可以更改，每次更改都会记入审计日志。</translation>
    </message>
    <message>
        <source>Vault rules</source>
        <translation>加密数据库规则</translation>
    </message>
</context>
</TS>
