from modeltranslation.translator import TranslationOptions, register

from .models import (
    Checkpoint,
    DepartmentDistrict,
    DepartmentIndexPage,
    DepartmentPage,
    EServiceIndexPage,
    EServicePage,
    ForeignerDuty,
    LeafletChange,
    LeafletIndexPage,
    LeafletPage,
    ReceptionHours,
    VisaPurpose,
)


@register(Checkpoint)
class CheckpointTR(TranslationOptions):
    fields = ("name", "address")


@register(VisaPurpose)
class VisaPurposeTR(TranslationOptions):
    fields = ("name", "description")


@register(ForeignerDuty)
class ForeignerDutyTR(TranslationOptions):
    fields = ("text",)


@register(LeafletIndexPage)
class LeafletIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(LeafletPage)
class LeafletPageTR(TranslationOptions):
    fields = ("summary", "audience", "registration", "stay", "where_to_ask", "emergency")


@register(LeafletChange)
class LeafletChangeTR(TranslationOptions):
    fields = ("note",)


@register(EServiceIndexPage)
class EServiceIndexPageTR(TranslationOptions):
    fields = ("intro", "portal_note")


@register(EServicePage)
class EServicePageTR(TranslationOptions):
    fields = ("summary", "documents", "fee", "time_limit", "duration", "legal_basis")


@register(DepartmentIndexPage)
class DepartmentIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(DepartmentPage)
class DepartmentPageTR(TranslationOptions):
    fields = ("address", "head", "awareness_corner", "reception_note")


@register(ReceptionHours)
class ReceptionHoursTR(TranslationOptions):
    fields = ()


@register(DepartmentDistrict)
class DepartmentDistrictTR(TranslationOptions):
    fields = ("name",)
