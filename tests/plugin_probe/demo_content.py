from core.demo import T

INDEX = {
    "title": T(az="Sınaq məntəqələri", en="Probe places", ru="Пробные места"),
    "intro": T(az="Modulun sınağı.", en="A test of the module.", ru="Проверка модуля."),
}
PLACES = [
    {
        "name": T(az="Astara məntəqəsi", en="Astara probe", ru="Пункт Астара"),
        "description": T(az="Cənub sərhədi.", en="The southern border.", ru="Южная граница."),
    },
]
