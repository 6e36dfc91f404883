#include "core/render/templatevalues.h"

#include <algorithm>

namespace PortalDesk {

namespace mustache = kainjow::mustache;

TemplateValues::TemplateValues()
    : m_data(mustache::data::type::object)
{ }

TemplateValues::TemplateValues(std::initializer_list<std::pair<const char *, TemplateValues>> fields)
    : m_data(mustache::data::type::object)
{
    for (const auto &[key, value] : fields)
        insert(key, TemplateValues(std::move(value.m_data)));
}

TemplateValues::TemplateValues(const QString &text)
    : m_data(text.isEmpty() ? mustache::data::type::bool_false : mustache::data::type::string)
{
    // kainjow copies a string it is given: the converted text is moved in instead.
    if (!text.isEmpty())
        const_cast<std::string &>(m_data.string_value()) = text.toStdString();
}

TemplateValues::TemplateValues(bool flag)
    : m_data(flag)
{ }

TemplateValues::TemplateValues(Data data)
    : m_data(std::move(data))
{ }

TemplateValues TemplateValues::utf8(std::string text)
{
    TemplateValues value(text.empty() ? mustache::data::type::bool_false : mustache::data::type::string);
    if (!text.empty())
        const_cast<std::string &>(value.m_data.string_value()) = std::move(text);
    return value;
}

TemplateValues TemplateValues::list()
{
    return TemplateValues(mustache::data(mustache::data::type::list));
}

void TemplateValues::insert(const char *key, const TemplateValues &value)
{
    m_data.set(key, value.m_data);
}

void TemplateValues::insert(const char *key, TemplateValues &&value)
{
    // kainjow's set() copies what it is given: an empty stand-in is set and then replaced.
    // Its values are never const objects, so the const_casts below change what may change.
    if (!m_data.is_object())
        return;
    const std::string name(key);
    m_data.set(name, mustache::data(false));
    *const_cast<Data *>(m_data.get(name)) = std::move(value.m_data);
}

void TemplateValues::append(const TemplateValues &value)
{
    append(TemplateValues(value.m_data));
}

void TemplateValues::append(TemplateValues &&value)
{
    if (!m_data.is_list())
        return;
    // kainjow's move constructor is not noexcept, so a growing std::vector would copy every
    // value it holds, deeply: the list grows here, moving them.
    auto &items = const_cast<mustache::list &>(m_data.list_value());
    if (items.size() == items.capacity()) {
        mustache::list grown;
        grown.reserve(std::max<size_t>(8, 2 * items.size()));
        for (Data &item : items)
            grown.push_back(std::move(item));
        items.swap(grown);
    }
    items.push_back(std::move(value.m_data));
}

} // namespace PortalDesk
