#pragma once

// Input, output and option parsing shared by the CLI verbs.

#include "core/error.h"
#include "core/store/database.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

namespace PortalDesk::Cli {

// Exit codes every verb uses.
enum Exit { Ok = 0, Findings = 1, Failure = 2 };

// Sets up --help and the verb's description; parses; on --help prints and returns false
// with `exitCode` 0, on a bad option prints the error to stderr and returns false with 2.
bool parse(
    QCommandLineParser &parser, const QStringList &arguments, const QString &description, int &exitCode);

// The bytes of FILE, or of standard input when `path` is empty or "-".
Result<QByteArray> readInput(const QString &path);

// Writes to FILE atomically, or to stdout when `path` is empty or "-".
Status writeOutput(const QString &path, const QByteArray &bytes);

void printOut(const QString &text); // UTF-8 to stdout, no newline added
void printError(const QString &text); // "portaldesk-cli: TEXT\n" to stderr
int fail(const Error &error); // prints the error, returns Failure

// --db DB, shared by every verb that works on a portal database.
const QCommandLineOption &databaseOption();
Result<DatabasePtr> openDatabase(const QCommandLineParser &parser, bool create);

} // namespace PortalDesk::Cli
