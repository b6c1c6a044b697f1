#pragma once

#include "access/Roles.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Result.h"

#include <QList>
#include <QTest>

#include <utility>

namespace cd::test {

// A workflow written out by hand for a spec test, independently of the table in core: every
// allowed (from, to, role); every other combination is refused.
template <typename State> class WorkflowSpec
{
public:
    struct Row {
        State from;
        State to;
        Role role;
    };

    explicit WorkflowSpec(QList<Row> allowed)
        : m_allowed(std::move(allowed))
    {
    }

    bool allows(State from, State to, Role role) const
    {
        for (const Row& r : m_allowed) {
            if (r.from == from && r.to == to && r.role == role) {
                return true;
            }
        }
        return false;
    }

    // Some role may take the step: refusing it is a matter of permission, not of the workflow.
    bool hasStep(State from, State to) const
    {
        for (const Row& r : m_allowed) {
            if (r.from == from && r.to == to) {
                return true;
            }
        }
        return false;
    }

    // How a refused step is refused: no such step is NotAllowed, a step the role may not take
    // is PermissionDenied.
    ErrorCode refusal(State from, State to) const
    {
        return hasStep(from, to) ? ErrorCode::PermissionDenied : ErrorCode::NotAllowed;
    }

    // The rows of a data-driven test: every (from, to, role) over `states`, with "allowed"
    // from this spec. `key` names a state in the row names.
    template <typename Key> void addEveryStep(const QList<State>& states, Key key) const
    {
        addColumns();
        QTest::addColumn<bool>("allowed");
        for (State from : states) {
            for (State to : states) {
                for (Role role : { Role::Administrator, Role::PrivacyOfficer, Role::Staff, Role::Auditor }) {
                    QTest::newRow(qPrintable(rowName(key, from, to, role)))
                        << from << to << role << allows(from, to, role);
                }
            }
        }
    }

    // The rows of a sample (the test asks allows() itself).
    template <typename Key> static void addSample(const QList<Row>& sample, Key key)
    {
        addColumns();
        for (const Row& r : sample) {
            QTest::newRow(qPrintable(rowName(key, r.from, r.to, r.role))) << r.from << r.to << r.role;
        }
    }

private:
    static void addColumns()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<State>("to");
        QTest::addColumn<Role>("role");
    }

    template <typename Key> static QString rowName(Key key, State from, State to, Role role)
    {
        return key(from) + QStringLiteral("->") + key(to) + QLatin1Char('/') + roleKey(role);
    }

    QList<Row> m_allowed;
};

// A signed-in actor with the role (no account behind it: for the tables, not the services).
inline Actor actorWith(Role role)
{
    Actor a;
    a.id = 42;
    a.username = QStringLiteral("someone");
    a.role = role;
    return a;
}

inline qint64 auditCount(Database& db)
{
    return Statement::scalarInt(db, "SELECT count(*) FROM audit_log");
}

} // namespace cd::test
