<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>ISO 27001</source>
        <translation>ISO 27001</translation>
    </message>
    <message>
        <source>The 93 Annex A controls of ISO/IEC 27001:2022: applicability, implementation status, owners, evidence, reviews and the Statement of Applicability.</source>
        <translation>ISO/IEC 27001:2022 附录 A 的 93 项控制措施：适用性、实施状态、负责人、证据、复核及适用性声明 (SoA)。</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>Bilingual privacy policy texts: review and approval, publishing, comparing versions, and notifying material changes before they take effect.</source>
        <translation>中英双语隐私政策文本：审阅与批准、发布、版本比较，以及在重大变更生效前进行告知。</translation>
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
        <source>Rights requests</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <source>Access, correction, deletion and account cancellation requests: identity verification, deadlines in working days, fulfilment, letters and certificates.</source>
        <translation>查阅、更正、删除和注销账户请求：身份核验、按工作日计算的截止日期、办理、答复函件和证明。</translation>
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
