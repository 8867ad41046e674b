"""Public media on S3: django-storages talks to a real S3 API (moto's server) on loopback."""

import json
import socket
import urllib.request
import uuid

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.django_process import evaluate

BUCKET = "imoscow-media-test"
PUBLIC_READ_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/*",
        }
    ],
}
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="module")
def s3_endpoint():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    s3.create_bucket(Bucket=BUCKET)
    # Public media is readable by anyone, as the production bucket's policy allows.
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ_POLICY))
    yield endpoint
    server.stop()


def test_media_saved_through_django_storages_is_served_by_s3_and_deleted(s3_endpoint):
    name = f"documents/{uuid.uuid4()}.txt"
    code = f"""
from django.core.files.base import ContentFile
from django.core.files.storage import storages
default_storage = storages["default"]
saved = default_storage.save({name!r}, ContentFile("Заявка на грант".encode()))
result = {{"backend": type(default_storage).__module__, "name": saved, "url": default_storage.url(saved)}}
"""
    environment = {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": s3_endpoint, **CREDENTIALS}
    saved = evaluate(code, **environment)
    assert saved["backend"] == "storages.backends.s3"
    assert saved["url"].startswith(f"{s3_endpoint}/{BUCKET}/")

    with urllib.request.urlopen(saved["url"], timeout=10) as response:
        assert response.read().decode() == "Заявка на грант"

    code = f"""
from django.core.files.storage import storages
default_storage = storages["default"]
default_storage.delete({saved["name"]!r})
result = default_storage.exists({saved["name"]!r})
"""
    assert evaluate(code, **environment) is False
