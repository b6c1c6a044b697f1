// Carries the embedded translation resources (:/i18n) into every executable that links cd_i18n.
namespace cd {
int i18nAnchor = 0;
}
