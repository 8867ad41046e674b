"""Attachments in a private S3 bucket (moto's server on loopback): stored, handed out by short-lived
signed URLs to the link holder and reviewers only, refused once the URL expires, deleted with the data.

Moto accepts any request to any bucket; the gate in front of it refuses what S3 refuses for a private
bucket: an unsigned read, and a signed URL past its expiry.
"""

import datetime
import io
import socket
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs

import boto3
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from moto.moto_server.threaded_moto_server import ThreadedMotoServer
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

from config import env
from config.settings import base
from tests.applications.support import pdf, submit
from tests.django_process import evaluate
from tests.staff import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

BUCKET = "imoscow-private-test"
EXPIRY = 2
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


def _denied(start_response, message: str):
    body = f"<Error><Code>AccessDenied</Code><Message>{message}</Message></Error>".encode()
    start_response("403 Forbidden", [("Content-Type", "application/xml"), ("Content-Length", str(len(body)))])
    return [body]


class PrivateBucketGate:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if environ["REQUEST_METHOD"] in {"GET", "HEAD"} and "HTTP_AUTHORIZATION" not in environ:
            query = parse_qs(environ.get("QUERY_STRING", ""))
            if "X-Amz-Signature" not in query:
                return _denied(start_response, "Anonymous access is forbidden for this bucket")
            signed = datetime.datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(
                tzinfo=datetime.UTC
            )
            if datetime.datetime.now(datetime.UTC) > signed + datetime.timedelta(
                seconds=int(query["X-Amz-Expires"][0])
            ):
                return _denied(start_response, "Request has expired")
        return self.app(environ, start_response)


class GatedMotoServer(ThreadedMotoServer):
    def _server_entry(self):
        app = PrivateBucketGate(DomainDispatcherApplication(create_backend_app))
        self._server = make_server(
            self._ip_address, self._port, app, True, request_handler=MotoRequestHandler
        )
        self._server_ready_event.set()
        self._server.serve_forever()


@pytest.fixture(scope="module")
def s3_endpoint():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = GatedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    yield endpoint
    server.stop()


@pytest.fixture
def s3(s3_endpoint):
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture
def private_bucket(s3, s3_endpoint, settings, monkeypatch, measure):
    """The "private" storage exactly as the settings build it when AWS_PRIVATE_BUCKET_NAME is set."""
    for name, value in {
        "AWS_PRIVATE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "PRIVATE_URL_EXPIRY": EXPIRY,
    }.items():
        monkeypatch.setattr(env, name, value)
    settings.PRIVATE_URL_EXPIRY = EXPIRY
    settings.STORAGES = {**settings.STORAGES, "private": base._private_storage()}
    return s3


def keys(s3) -> list[str]:
    return [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_an_attachment_round_trip_through_a_private_bucket(client, measure, private_bucket, s3_endpoint):
    application, status_url = submit(client, measure, files=[pdf("plan.pdf")])
    [key] = keys(private_bucket)
    assert key.startswith(f"applications/{application.reference}/") and key.endswith(".pdf")
    grants = private_bucket.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    assert not any("AllUsers" in grant["Grantee"].get("URI", "") for grant in grants)
    assert fetch(f"{s3_endpoint}/{BUCKET}/{key}")[0] == 403

    attachment = application.attachments.get()
    response = client.get(f"{status_url}files/{attachment.pk}/")
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    signed = response["Location"]
    assert signed.startswith(f"{s3_endpoint}/{BUCKET}/{key}?") and "X-Amz-Signature=" in signed
    assert parse_qs(signed.split("?", 1)[1])["X-Amz-Expires"] == [str(EXPIRY)]
    status, body = fetch(signed)
    assert status == 200 and body.startswith(b"%PDF-1.7")

    reviewer = get_user_model().objects.create_user("reviewer", password="x")
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    sign_in_with_second_factor(client, reviewer)
    response = client.get(f"/admin/applications/attachments/{attachment.pk}/")
    assert response.status_code == 302 and fetch(response["Location"])[0] == 200

    time.sleep(EXPIRY + 1.5)
    status, body = fetch(signed)
    assert status == 403 and b"expired" in body

    call_command("erase_applicant_data", "--reference", application.reference, stdout=io.StringIO())
    assert keys(private_bucket) == []


def test_the_private_bucket_setting_selects_s3_with_private_objects_and_signed_urls(s3_endpoint):
    code = """
from django.core.files.storage import storages
private = storages["private"]
result = {"backend": type(private).__module__, "acl": private.default_acl, "signed": private.querystring_auth,
          "expire": private.querystring_expire, "bucket": private.bucket_name,
          "domain": private.custom_domain}
"""
    environment = {"AWS_PRIVATE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": s3_endpoint, **CREDENTIALS}
    result = evaluate(code, PRIVATE_URL_EXPIRY="30", **environment)
    assert result == {
        "backend": "storages.backends.s3",
        "acl": "private",
        "signed": True,
        "expire": 30,
        "bucket": BUCKET,
        "domain": None,
    }


def test_without_a_bucket_attachments_go_to_a_folder_outside_media():
    code = """
from django.conf import settings
from django.core.files.storage import storages
private = storages["private"]
result = {"backend": type(private).__name__, "location": str(private.location),
          "media": str(settings.MEDIA_ROOT)}
"""
    result = evaluate(code)
    assert result["backend"] == "FileSystemStorage"
    assert result["location"].endswith("private-media")
    assert not result["location"].startswith(result["media"])
