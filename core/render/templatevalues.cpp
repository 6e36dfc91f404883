#include "core/render/templatevalues.h"

namespace PortalDesk {

namespace mustache = kainjow::mustache;

TemplateValues::TemplateValues()
    : m_data(mustache::data::type::object)
{ }

TemplateValues::TemplateValues(std::initializer_list<std::pair<const char *, TemplateValues>> fields)
    : m_data(mustache::data::type::object)
{
    for (const auto &[key, value] : fields)
        m_data.set(key, value.m_data);
}

TemplateValues::TemplateValues(const QString &text)
    : m_data(text.isEmpty() ? mustache::data(false) : mustache::data(text.toStdString()))
{ }

TemplateValues::TemplateValues(bool flag)
    : m_data(flag)
{ }

TemplateValues::TemplateValues(Data data)
    : m_data(std::move(data))
{ }

TemplateValues TemplateValues::list()
{
    return TemplateValues(mustache::data(mustache::data::type::list));
}

void TemplateValues::insert(const char *key, const TemplateValues &value)
{
    m_data.set(key, value.m_data);
}

void TemplateValues::append(const TemplateValues &value)
{
    m_data.push_back(value.m_data);
}

} // namespace PortalDesk
