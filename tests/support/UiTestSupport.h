#pragma once

// Helpers for widget tests (header-only: the support library links core alone).

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Tenancy::Test {

// Runs fn once the next visible top-level widget of type D (a modal dialog) is up, looking for
// it for up to 10 s; owner parents the polling timer.
template<typename D>
void whenDialog(QObject *owner, std::function<void(D *)> fn)
{
    auto *poll = new QTimer(owner);
    poll->setInterval(10);
    auto deadline = std::make_shared<QDeadlineTimer>(10000);
    QObject::connect(poll, &QTimer::timeout, owner, [poll, fn, deadline] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<D *>(w); d && d->isVisible()) {
                poll->stop();
                poll->deleteLater();
                fn(d);
                return;
            }
        }
        if (deadline->hasExpired()) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

} // namespace Tenancy::Test
