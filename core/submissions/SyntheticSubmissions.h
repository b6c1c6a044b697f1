#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace cd::submissions {

// One invented contact-form entry: made-up people, numbers in real mobile ranges but random,
// common mail domains. Used by the demo vault, tests and the benchmark.
struct SyntheticRow {
    QDateTime receivedAt;
    QString name;
    QString phone;
    QString email;
    QString region;
    QString message;
    QString status;
    bool possibleMinor = false;
};

SyntheticRow makeSyntheticRow(QRandomGenerator& rng, const QDateTime& now);

} // namespace cd::submissions
