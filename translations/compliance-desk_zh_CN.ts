<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cd</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-site message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
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
        <source>SQLCipher, AES-256, 4096-byte pages, PBKDF2 (256,000 iterations)</source>
        <translation>SQLCipher，AES-256，4096 字节页，PBKDF2（256,000 次迭代）</translation>
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
        <source>actions %1*</source>
        <translation>操作：%1*</translation>
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
</context>
<context>
    <name>cd::AutoBackup</name>
    <message>
        <source>Choose a folder for automatic backups.</source>
        <translation>请选择自动备份的文件夹。</translation>
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
</context>
<context>
    <name>cd::Policies</name>
    <message>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison does not belong to this text; compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Users must be notified at least %n day(s) before the change takes effect: the notice is planned for %1 and the version takes effect on %2. Plan the notice earlier or move the effective date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PolicyReports</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published yet; the hash is set when the version is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: this version materially reduces users&apos; rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated on %1, effective %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text, compared character by character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text, compared word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PolicyService</name>
    <message>
        <source>The notice lead time must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document a name of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no policy document named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no version labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the version a label of at most 64 characters, such as 2024-04-25 or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date cannot be before the updated-on date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document already has a version labelled %1; choose another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published and cannot be changed. Start a new draft from it to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is %2; send it back to draft before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts can be deleted; version %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the updated-on and effective dates before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version materially reduces users&apos; rights: plan the notification (channels and date) before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notice text in Chinese and English before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is superseded only by publishing a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is %2 and can no longer change. Start a new draft from it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this version, so someone else must approve it (a vault setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only published versions carry a hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one channel: email, in-site message or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which other channel is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date the notice is planned for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was already sent on %1; the plan can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published; its notification plan can no longer change except to record that the notice was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the notice was sent cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the notification before recording that it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was already recorded as sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PolicyText</name>
    <message>
        <source>The file is empty. Choose the file that holds the policy text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 4 MB; a policy text is much smaller. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data). Save the policy as .txt, .md or .html and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but contains invalid UTF-8. Save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 text cannot be read on this system. Save the file as UTF-8 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it as UTF-8 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy texts can be imported from .txt, .md and .html files; save the text in one of these formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Report</name>
    <message>
        <source>Personal information protection contact: security@vivest.cn</source>
        <translation>个人信息保护联系方式：security@vivest.cn</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>由 %2 于 %1 生成</translation>
    </message>
</context>
<context>
    <name>cd::Requests</name>
    <message>
        <source>Access / copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing violates laws or administrative regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected or used without the person&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing violates our agreement with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We permanently stop providing services to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose achieved, impossible to achieve or no longer needed (PIPL art. 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period has expired (PIPL art. 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person withdrew consent (PIPL art. 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s identity could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent or guardian could not show authority to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws or regulations require us to keep the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is manifestly unfounded or excessively repetitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the legal grounds for deletion applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason (see explanation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from the registered email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS code to the registered phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of attorney or guardianship document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>cd::WorkingDayCalendar</name>
    <message>
        <source>The holiday file is not valid JSON (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file must name its year (&quot;year&quot;: 2027). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry in &quot;%1&quot; has no valid date (use YYYY-MM-DD). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2, the year of the file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a make-up working day but not a Saturday or Sunday. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file lists too many days. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a holiday file.</source>
        <translation type="unfinished"></translation>
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
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>report needs a kind (about) and --out FILE.pdf.</source>
        <translation>report 需要指定报告类型（about）和 --out FILE.pdf。</translation>
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
        <source>The vault passphrase needs at least 12 characters.</source>
        <translation>加密数据库口令至少需要 12 个字符。</translation>
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
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>audit supports: list.</source>
        <translation>audit 支持的操作：list。</translation>
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
        <source>Check the vault&apos;s integrity and the audit chain.</source>
        <translation>检查加密数据库的完整性和审计链。</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--applicable takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reasons takes a comma list of legal, contractual, risk, business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review-months takes a number of months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso set needs at least one of --status, --applicable, --justification, --reasons, --owner, --notes, --target-date, --review-months, --last-reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iso evidence list ID | add ID FILE | add-link ID URL [--title T] | add-text ID TEXT --title T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file, link or text to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown evidence action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso gap needs --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso soa needs --out FILE.pdf, FILE.csv or FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of titles and reports: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation status: not_started, planned, partial, implemented, not_applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification (required when excluding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for inclusion: legal,contractual,risk,business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (set), or filter by owner (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date YYYY-MM-DD, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cycle in months (1–60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last review YYYY-MM-DD, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: id or words of the English or Chinese title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: only controls whose review is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: only controls without evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file (.pdf; the SoA also .csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | set ID | evidence list|add|add-link|add-text ID … | soa | gap | overview | import-catalogue FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso needs an action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown iso action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso set needs a control id, e.g. iso set 5.1 --status implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso import-catalogue needs a catalogue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 27001 checklist: list, set, evidence, soa, gap, overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy version is labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several documents have a version labelled %1; name one with --document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document name (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label, e.g. 2024-04-25 or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text: .txt, .md or .html (UTF-8 or GB18030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text: .txt, .md or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated-on date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy import needs --document NAME, --label L and --zh FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to compare: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy diff needs --from L1 and --to L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1 change(s), %2 character(s) added, %3 removed; sections: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># [-deleted-] {+inserted+}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft | in_review | approved | published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy transition needs a LABEL and a STATE: draft, in_review, approved or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write: .pdf or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts to include: zh, en or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of headings and labels: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label, or &quot;history&quot; for the version history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy export needs a LABEL and --out FILE.pdf (or .html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--texts takes zh, en or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy needs a subcommand: import, list, diff, transition or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy versions: import, list, diff, transition (review, approve, publish), export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes access, correction, deletion, cancellation, withdrawal, portability or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel takes email, phone, letter, website or in_person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-behalf takes self, guardian or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--link takes submission:ID, request:ID or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state %1; use verification, in_progress, waiting, completed, rejected or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion needs --ground: unlawful_processing, no_consent, breach_of_agreement, service_ended, purpose_achieved, retention_expired or consent_withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access or portability request needs --out FOLDER for the data package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still open; the letter follows its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register needs --from and --to (YYYY-MM-DD) and --out FILE (.pdf, .csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received (YYYY-MM-DD, default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email, phone, letter, website or in_person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self, guardian or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester may be a minor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a record as the person&apos;s: submission:ID, request:ID or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests due within 3 working days or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reason key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection explanation for the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account that verified the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the step (YYYY-MM-DD, default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ground of a deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder (fulfil) or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add | list | show | transition | fulfil | letter | certificate | signoff | register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id or number (RR-2026-0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target state (transition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests needs an action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the request by id or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the state to move the request to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of receipt (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due | import FILE | export --year YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday file (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar due needs --from YYYY-MM-DD and --working-days N (0–1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the holiday file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday calendar for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar needs an action: due, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests: add, list, show, transition, fulfil, letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar: due dates, import and export of holidays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::iso</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control catalogue version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no control %1 in the catalogue. Use an id like 5.1 or 8.28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 is no longer in the catalogue; it can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 is applicable, so its status cannot be &quot;not applicable&quot;. Exclude it instead, with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 is excluded, so its status must be &quot;not applicable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluding control %1 needs a justification: say why it does not apply (auditors read it in the Statement of Applicability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justification may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review cycle must be between 1 and 60 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last review cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the evidence a short title, e.g. &quot;Access review minutes Q1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is too long: at most %1 characters of title and %2 of text. Attach longer documents as files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technological controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractual obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business requirement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::iso::Catalogue</name>
    <message>
        <source>This is not a usable control catalogue: %1 Nothing was changed; check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no positive &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has no valid control id (like 5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has an unknown theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 does not belong to its theme&apos;s clause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 lacks its English or Chinese title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 has a title longer than 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a control catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::iso::IsoCharts</name>
    <message>
        <source>Implementation status by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No controls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented controls per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No implementation recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::iso::IsoReports</name>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls: %2 applicable, %3 excluded; %4 implemented, %5 partially implemented, %6 planned, %7 not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 27001 gap report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation status by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented controls per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable controls not yet implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every applicable control is implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cycle (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::iso::IsoService</name>
    <message>
        <source>The vault already holds catalogue version %1; this file is version %2. Only a newer catalogue can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be a full address starting with https://, http://, smb:// or file://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 is no longer in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not evidence of control %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evidence item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 240 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope or version text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::requests</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of rights requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (completed or rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by type and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact submission %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::requests::RequestService</name>
    <message>
        <source>Enter the date the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of receipt lies in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address or a phone number so we can reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address does not look valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number needs at least 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or description is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was paused during &quot;%1&quot;; it can only resume there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was verified before work starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that verified the identity does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request can only be completed after the requester&apos;s identity was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete a deletion by deleting the linked records (Fulfil), which also produces the deletion certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the rejection in a sentence or two; the response letter quotes it (PIPL art. 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed; its links can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the deadline is extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deadlines counted in months can be extended (rule: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 cannot be corrected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are corrected from a correction request that is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the contact submission to the request before correcting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact submission %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s data was deleted; there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the legal ground for the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deletion and account cancellation requests delete data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity and start work on the request before deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were deleted, but the search index could not be compacted: %1 Run the deletion again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted for this request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is already signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown letter template.</source>
        <translation type="unfinished"></translation>
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
        <source>e.g. account.</source>
        <translation>例如 account.</translation>
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
</context>
<context>
    <name>cd::ui::Charts</name>
    <message>
        <source>No data for this period</source>
        <translation>此期间没有数据</translation>
    </message>
</context>
<context>
    <name>cd::ui::ErasureDialog</name>
    <message>
        <source>Delete the person&apos;s data – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n linked contact submission(s) with their search-index entries, and removes the name, contact details, description and attachments from this request</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and from %n linked earlier request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>. Only categories and counts remain. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::FeaturePages</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>What needs attention today: overdue and due rights requests, incident clocks, policy notifications, control reviews and submissions due for deletion, with charts and a printable overview.</source>
        <translation>今日需关注的事项：已逾期和即将到期的权利请求、安全事件处置时限、政策变更告知、控制措施复核，以及保存期限届满待删除的联系记录；附图表和可打印的概览。</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记册</translation>
    </message>
    <message>
        <source>The disclosure register (sharing, transfer and public disclosure, each with its legal basis) and the personal-information security incident register with notification tracking.</source>
        <translation>共享、转让与公开披露记录（每项均注明法律依据），以及含告知跟踪的个人信息安全事件登记册。</translation>
    </message>
    <message>
        <source>Contact submissions</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Messages from the website&apos;s contact form (name, phone, email, region): import, browse, search, work through, export, and delete when the retention period ends.</source>
        <translation>网站联系表单提交的信息（姓名、电话、邮箱、地区）：导入、浏览、搜索、处理、导出，并在保存期限届满时删除。</translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeDialog</name>
    <message>
        <source>New rights request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person may be a minor (under 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that may belong to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email or phone to find matching contact submissions and earlier requests. Tick the ones that belong to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (stored encrypted in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact submission of %1 – %2 (matches %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier request %1 (matches %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching records were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible record(s) found. Tick those that belong to this person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was saved as %1, but these files could not be attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoBulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n control(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoPage</name>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by id or title (English or Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable and excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner, status or review cycle of the selected controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope, version and approval printed at the top of the SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SoA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for inclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when excluded: why the control does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">从未</translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applicable controls implemented (%3%), %4 excluded, %5 reviews overdue. SoA %6: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3 of %4 applicable implemented (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a control in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">文件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://…, smb://… or file://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows the control works:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (SHA-256 checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from control %2? It is deleted from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the ISMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officers and administrators approve the SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n control(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">已保存 %1.</translation>
    </message>
    <message>
        <source>ISO 27001</source>
        <translation type="unfinished">ISO 27001</translation>
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
        <source>&amp;New vault…</source>
        <translation>新建加密数据库(&amp;N)…</translation>
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
        <source>Creating the vault…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>新建加密数据库</translation>
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
        <source>Choose the vault to replace first.</source>
        <translation>请先选择要替换的加密数据库。</translation>
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
</context>
<context>
    <name>cd::ui::NotificationPlanDialog</name>
    <message>
        <source>Notification of a material change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In-site message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SMS, WeChat official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (&amp;Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (E&amp;nglish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the effective date of the version: the notice must go out at least %n day(s) before it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The version takes effect on %1, %n day(s) after the planned notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n day(s) are required; publishing will be refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>cd::ui::PoliciesPage</name>
    <message>
        <source>Policy versions</source>
        <translation type="unfinished">政策版本</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new draft from .txt, .md or .html files (UTF-8 or GB18030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updated on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materially reduces users&apos; rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as new &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set when published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — does not match the text!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned yet: plan the notification before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed (no material change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Cookie notice / Cookie 声明:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy texts (*.txt *.md *.markdown *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text of the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text (cancel to add it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label, e.g. 2024-04-25 or 1.3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish version %1? Its texts are then sealed with a hash and can no longer change; the version published before is superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the notice was sent (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished">导出 PDF</translation>
    </message>
    <message>
        <source>Texts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyCompareDialog</name>
    <message>
        <source>Compare policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (by character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (by word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy-comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1 character(s) added, %2 removed. Sections changed: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyVersionModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::Report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
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
</context>
<context>
    <name>cd::ui::RequestsModel</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestsPage</name>
    <message>
        <source>Correct a linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact submission of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fulfil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its details, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished">全部人员</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open · %2 overdue · %3 due within 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) added for waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the person&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact submission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the privacy officer&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked data deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked record corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion certificate signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified – start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as &quot;%2&quot;? This closes the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s data was deleted; the certificate awaits sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data package holds the person&apos;s personal information in plain, unencrypted files (PDF and JSON). Keep them safe and delete them after sending. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the person&apos;s contact submissions to this request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) corrected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation type="unfinished">权利请求</translation>
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
        <source>The vault passphrase needs at least %1 characters.</source>
        <translation>加密数据库口令至少需要 %1 个字符。</translation>
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
</context>
<context>
    <name>cd::ui::TransitionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response letter quotes the reason and tells the person they may complain or sue (PIPL art. 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the decision to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity verified by:</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
