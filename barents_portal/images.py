"""Validated, re-encoded images and their responsive renditions.

Stock Django's ImageField accepts a 12 KB PNG of 10 000 × 10 000 pixels, HTML appended to a
PNG, a `.jpg` that is really a PNG and a 300-frame GIF. Here an upload must:

- be a JPEG, PNG, WebP or GIF by its content, and carry a matching file name extension;
- stay under a pixel budget that counts every frame, and under a byte size cap;

and is then re-encoded (which also drops anything appended to it and its metadata). When
the model is saved, WebP and JPEG renditions are written once at a few widths; templates
show them with `{% picture %}` (barents_portal.templatetags.portal) without touching disk.
"""

import io
import posixpath
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # width × height × frames
MAX_SIDE = 2400  # the stored original is scaled down to this
RENDITION_WIDTHS = (480, 960, 1600)
RENDITION_DIR = "renditions"

FORMAT_EXTENSIONS = {
    "JPEG": {"jpg", "jpeg"},
    "PNG": {"png"},
    "WEBP": {"webp"},
    "GIF": {"gif"},
}


def _extension(name):
    return posixpath.splitext(name or "")[1].lower().lstrip(".")


def inspect_image(file):
    """Return (format, width, height, frames) or raise ValidationError.

    The header is checked first (format, name, pixel budget), and only then is the image
    decoded, completely: a truncated or corrupt file passes Pillow's `verify()` and would
    fail only when it is re-encoded on save, as a server error instead of a form error.
    """
    size = getattr(file, "size", None)
    if size is not None and size > MAX_BYTES:
        raise ValidationError(
            _("The image is %(size)s MB; the limit is %(limit)s MB."),
            code="too_large",
            params={"size": round(size / 1024 / 1024, 1), "limit": MAX_BYTES // 1024 // 1024},
        )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file)
            image_format = image.format
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
            image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            _("The image has too many pixels to be processed safely."), code="too_many_pixels"
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("The file is not an image we accept (JPEG, PNG, WebP or GIF)."), code="not_image"
        ) from exc
    finally:
        file.seek(0)
    if image_format not in FORMAT_EXTENSIONS:
        raise ValidationError(
            _("The file is not an image we accept (JPEG, PNG, WebP or GIF)."), code="not_image"
        )
    if _extension(getattr(file, "name", "")) not in FORMAT_EXTENSIONS[image_format]:
        raise ValidationError(
            _("The file is a %(format)s image, but its name says otherwise. Rename it."),
            code="extension_mismatch",
            params={"format": image_format},
        )
    if width * height * frames > MAX_PIXELS:
        raise ValidationError(
            ngettext(
                "The image is %(width)s × %(height)s pixels in %(frames)s frame, over the "
                "limit of %(limit)s megapixels.",
                "The image is %(width)s × %(height)s pixels in %(frames)s frames, over the "
                "limit of %(limit)s megapixels.",
                frames,
            ),
            code="too_many_pixels",
            params={
                "width": width,
                "height": height,
                "frames": frames,
                "limit": MAX_PIXELS // 1_000_000,
            },
        )
    _decode(file)
    return image_format, width, height, frames


def _decode(file):
    """Decode the first frame to its last pixel, as `reencode` does, or raise ValidationError."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                image.seek(0)
                image.load()
                ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            _("The image has too many pixels to be processed safely."), code="too_many_pixels"
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
        raise ValidationError(
            _(
                "The image cannot be read to the end: the file is damaged or incomplete. "
                "Open it in an image program, save it again and upload that copy."
            ),
            code="broken_image",
        ) from exc
    finally:
        file.seek(0)


def validate_image(fieldfile):
    # An already stored file was checked on its way in.
    if getattr(fieldfile, "_committed", False):
        return
    inspect_image(fieldfile.file if hasattr(fieldfile, "file") else fieldfile)


def _flatten(image):
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def reencode(file):
    """Decode the first frame and write it anew; returns (bytes, extension)."""
    image_format, *_rest = inspect_image(file)
    with Image.open(file) as image:
        image.seek(0)
        image = ImageOps.exif_transpose(image)
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if image_format == "JPEG":
            _flatten(image).save(out, "JPEG", quality=86, optimize=True, progressive=True)
            extension = "jpg"
        elif image_format == "WEBP":
            image.save(out, "WEBP", quality=86)
            extension = "webp"
        else:  # PNG, and a GIF keeps its first frame as a PNG
            if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
                image = image.convert("RGBA")
            image.save(out, "PNG", optimize=True)
            extension = "png"
    file.seek(0)
    return out.getvalue(), extension


def rendition_name(name, width, extension):
    stem = posixpath.splitext(name)[0]
    return f"{RENDITION_DIR}/{stem}.w{width}.{extension}"


def rendition_widths(original_width):
    """The widths rendered for an original: the standard ones below it, or just its own."""
    widths = [w for w in RENDITION_WIDTHS if w < original_width]
    return widths or [original_width]


def make_renditions(name, storage=default_storage):
    with storage.open(name) as stored, Image.open(stored) as image:
        image.load()
        base = _flatten(image)
        for width in rendition_widths(image.width):
            height = round(image.height * width / image.width)
            resized = base.resize((width, height), Image.Resampling.LANCZOS)
            for extension, fmt, options in (
                ("webp", "WEBP", {"quality": 80}),
                ("jpg", "JPEG", {"quality": 82, "optimize": True, "progressive": True}),
            ):
                out = io.BytesIO()
                resized.save(out, fmt, **options)
                target = rendition_name(name, width, extension)
                if storage.exists(target):
                    storage.delete(target)
                storage.save(target, ContentFile(out.getvalue()))


class ValidatedImageField(models.ImageField):
    """An ImageField that validates, re-encodes and renders its uploads.

    Give it `width_field` and `height_field`: `{% picture %}` reads the dimensions from
    them instead of opening the file on every request.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", []).append(validate_image)
        kwargs.setdefault("max_length", 255)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        validators = [v for v in kwargs.get("validators", []) if v is not validate_image]
        if validators:
            kwargs["validators"] = validators
        else:
            kwargs.pop("validators", None)
        if kwargs.get("max_length") == 255:
            kwargs.pop("max_length")
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        fresh = bool(file) and not file._committed
        if fresh:
            data, extension = reencode(file.file)
            stem = posixpath.splitext(posixpath.basename(file.name))[0]
            file.file = ContentFile(data, name=f"{stem}.{extension}")
            file.name = f"{stem}.{extension}"
        file = super().pre_save(model_instance, add)
        if fresh:
            make_renditions(file.name, file.storage)
            self.update_dimension_fields(model_instance, force=True)
        return file
