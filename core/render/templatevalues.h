#pragma once

// The values one page hands its templates: objects, lists, text and flags,
// built straight into the form the Mustache engine reads. Pages are made by
// the thousand, and building them as JSON first and converting afterwards
// cost more than rendering them. Used inside core/render only.

#include <QString>
#include <initializer_list>
#include <kainjow/mustache.hpp>
#include <string>
#include <utility>

namespace PortalDesk {

class TemplateValues
{
public:
    using Data = kainjow::mustache::data;

    TemplateValues(); // an empty object
    TemplateValues(std::initializer_list<std::pair<const char *, TemplateValues>> fields); // an object
    TemplateValues(const QString &text); // empty text is "nothing" to a template, as in JSON themes
    TemplateValues(const char *) = delete; // text is a QString; keys are the const char *
    TemplateValues(bool flag);
    static TemplateValues list();
    static TemplateValues utf8(std::string text); // text already in UTF-8; empty is "nothing"

    void insert(const char *key, const TemplateValues &value); // objects
    void insert(const char *key, TemplateValues &&value);
    void append(const TemplateValues &value); // lists
    void append(TemplateValues &&value);

    const Data &data() const { return m_data; }
    Data &data() { return m_data; }

private:
    explicit TemplateValues(Data data);
    // Mutable so that the fields of an initializer list (const to the constructor, and
    // never read again) are moved, not copied: a page builds thousands of them.
    mutable Data m_data;
};

} // namespace PortalDesk
