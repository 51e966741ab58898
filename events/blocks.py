"""The blocks of an event page: its programme, and the questions raised with their answers."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"), format="%H:%M")
    item = blocks.CharBlock(label=_("Item"), max_length=200)
    speaker = blocks.CharBlock(label=_("Speaker"), max_length=200, required=False)

    class Meta:
        icon = "time"
        label = _("Programme item")
        template = "events/blocks/programme_item_block.html"


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()

    class Meta:
        template = "events/blocks/programme_block.html"


class QuestionAnswerItemBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), max_length=1000)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "events/blocks/question_answer_block.html"


class QuestionAnswerBlock(blocks.StreamBlock):
    question = QuestionAnswerItemBlock()

    class Meta:
        template = "events/blocks/questions_block.html"
