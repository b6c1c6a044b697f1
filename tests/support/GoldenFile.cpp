#include "GoldenFile.h"

#include "TestVault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cd::test::golden {

namespace {

const char* const kRefresh = "cd build && CD_UPDATE_GOLDEN=1 ctest -R golden";

QStringList linesOf(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (t.endsWith(QLatin1Char('\n'))) {
        t.chop(1);
    }
    return t.split(QLatin1Char('\n'));
}

QString normalised(const QString& text)
{
    return linesOf(text).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString quoted(const QStringList& lines, int index)
{
    return index < lines.size() ? QStringLiteral("\"%1\"").arg(lines.at(index)) : QStringLiteral("(end of text)");
}

} // namespace

bool updateRequested()
{
    return qEnvironmentVariable("CD_UPDATE_GOLDEN") == QLatin1String("1");
}

QString directory()
{
    return QDir::cleanPath(testDataPath(QStringLiteral("golden")));
}

int firstDifferingLine(const QString& expected, const QString& actual)
{
    const QStringList e = linesOf(expected);
    const QStringList a = linesOf(actual);
    for (int i = 0; i < qMax(e.size(), a.size()); ++i) {
        if (i >= e.size() || i >= a.size() || e.at(i) != a.at(i)) {
            return i + 1;
        }
    }
    return 0;
}

QString check(const QString& name, const QString& actual)
{
    const QString path = directory() + QLatin1Char('/') + name;
    const QString text = normalised(actual);
    QFile file(path);
    const bool exists = file.open(QIODevice::ReadOnly);
    const QString expected = exists ? QString::fromUtf8(file.readAll()) : QString();
    file.close();
    if (updateRequested()) {
        if (exists && normalised(expected) == text) {
            return {};
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
            return QStringLiteral("could not write the golden file %1").arg(path);
        }
        qInfo("golden file %s %s", exists ? "updated:" : "created:", qPrintable(path));
        return {};
    }
    if (!exists) {
        return QStringLiteral("no golden file %1; create it with: %2").arg(path, QLatin1String(kRefresh));
    }
    const int line = firstDifferingLine(expected, text);
    if (line == 0) {
        return {};
    }
    const QStringList e = linesOf(expected);
    const QStringList a = linesOf(text);
    return QStringLiteral("%1 differs from the golden file first at line %2:\n"
                          "   golden: %3\n   actual: %4\n"
                          "(%5 lines golden, %6 actual). If the change is intended, refresh the golden "
                          "files with `%7` and commit them with the change.")
        .arg(path)
        .arg(line)
        .arg(quoted(e, line - 1), quoted(a, line - 1))
        .arg(e.size())
        .arg(a.size())
        .arg(QLatin1String(kRefresh));
}

QStringList unused(const QString& subfolder, const QStringList& used)
{
    QStringList left;
    const QString root = directory();
    QDirIterator it(
        root + QLatin1Char('/') + subfolder, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(root).relativeFilePath(path);
        if (used.contains(name)) {
            continue;
        }
        if (updateRequested()) {
            QFile::remove(path);
            qInfo("golden file removed: %s", qPrintable(path));
        } else {
            left << name;
        }
    }
    return left;
}

} // namespace cd::test::golden
